-- LUBM Q12 as in tools/bench/query/lubm/q12.rq: department heads of University0.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>') AS type,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#Department>') AS department,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#headOf>') AS head_of,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#worksFor>') AS works_for,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#subOrganizationOf>') AS sub_org,
  (SELECT id FROM terms WHERE value = '<http://www.University0.edu>') AS university)
SELECT x.value, y.value
FROM k
JOIN triples so ON so.p = k.sub_org AND so.o = k.university
JOIN triples ty ON ty.s = so.s AND ty.p = k.type AND ty.o = k.department
JOIN triples h ON h.p = k.head_of AND h.o = so.s
JOIN triples w ON w.s = h.s AND w.p = k.works_for AND w.o = so.s
JOIN terms x ON x.id = h.s
JOIN terms y ON y.id = so.s;
