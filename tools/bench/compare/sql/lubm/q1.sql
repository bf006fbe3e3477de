-- LUBM Q1 as in tools/bench/query/lubm/q1.rq: graduate students taking GraduateCourse0.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>') AS type,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#GraduateStudent>') AS graduate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#takesCourse>') AS takes,
  (SELECT id FROM terms WHERE value = '<http://www.Department0.University0.edu/GraduateCourse0>') AS course)
SELECT x.value
FROM k
JOIN triples t ON t.p = k.takes AND t.o = k.course
JOIN triples c ON c.s = t.s AND c.p = k.type AND c.o = k.graduate
JOIN terms x ON x.id = t.s;
