-- LUBM Q14 as in tools/bench/query/lubm/q14.rq: every undergraduate student.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>') AS type,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#UndergraduateStudent>') AS undergraduate)
SELECT x.value
FROM k
JOIN triples t ON t.p = k.type AND t.o = k.undergraduate
JOIN terms x ON x.id = t.s;
