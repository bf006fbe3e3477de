-- LUBM Q7 as in tools/bench/query/lubm/q7.rq: students taking a course taught by
-- AssociateProfessor0 of Department0.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>') AS type,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#UndergraduateStudent>') AS undergraduate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#GraduateStudent>') AS graduate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#Course>') AS course,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#GraduateCourse>') AS graduate_course,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#takesCourse>') AS takes,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#teacherOf>') AS teacher_of,
  (SELECT id FROM terms WHERE value = '<http://www.Department0.University0.edu/AssociateProfessor0>') AS professor)
SELECT x.value, y.value
FROM k
JOIN triples te ON te.s = k.professor AND te.p = k.teacher_of
JOIN triples ty ON ty.s = te.o AND ty.p = k.type AND ty.o IN (k.course, k.graduate_course)
JOIN triples tc ON tc.p = k.takes AND tc.o = te.o
JOIN triples tx ON tx.s = tc.s AND tx.p = k.type AND tx.o IN (k.undergraduate, k.graduate)
JOIN terms x ON x.id = tc.s
JOIN terms y ON y.id = te.o;
