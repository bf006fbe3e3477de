-- LUBM Q4 as in tools/bench/query/lubm/q4.rq: professors of Department0 (the VALUES list of
-- asserted professor classes becomes IN) with name, e-mail and telephone.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>') AS type,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#FullProfessor>') AS full,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#AssociateProfessor>') AS associate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#AssistantProfessor>') AS assistant,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#worksFor>') AS works_for,
  (SELECT id FROM terms WHERE value = '<http://www.Department0.University0.edu>') AS department,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#name>') AS name,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#emailAddress>') AS email,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#telephone>') AS telephone)
SELECT x.value, y1.value, y2.value, y3.value
FROM k
JOIN triples w ON w.p = k.works_for AND w.o = k.department
JOIN triples t ON t.s = w.s AND t.p = k.type AND t.o IN (k.full, k.associate, k.assistant)
JOIN triples n ON n.s = w.s AND n.p = k.name
JOIN triples e ON e.s = w.s AND e.p = k.email
JOIN triples p ON p.s = w.s AND p.p = k.telephone
JOIN terms x ON x.id = w.s
JOIN terms y1 ON y1.id = n.o
JOIN terms y2 ON y2.id = e.o
JOIN terms y3 ON y3.id = p.o;
