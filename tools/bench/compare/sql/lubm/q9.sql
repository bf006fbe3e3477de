-- LUBM Q9 as in tools/bench/query/lubm/q9.rq: the advisor / teacherOf / takesCourse triangle.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>') AS type,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#UndergraduateStudent>') AS undergraduate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#GraduateStudent>') AS graduate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#FullProfessor>') AS full,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#AssociateProfessor>') AS associate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#AssistantProfessor>') AS assistant,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#Lecturer>') AS lecturer,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#Course>') AS course,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#GraduateCourse>') AS graduate_course,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#advisor>') AS advisor,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#teacherOf>') AS teacher_of,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#takesCourse>') AS takes)
SELECT x.value, y.value, z.value
FROM k
JOIN triples ad ON ad.p = k.advisor
JOIN triples te ON te.s = ad.o AND te.p = k.teacher_of
JOIN triples tc ON tc.s = ad.s AND tc.p = k.takes AND tc.o = te.o
JOIN triples tx ON tx.s = ad.s AND tx.p = k.type AND tx.o IN (k.undergraduate, k.graduate)
JOIN triples ty ON ty.s = ad.o AND ty.p = k.type
  AND ty.o IN (k.full, k.associate, k.assistant, k.lecturer)
JOIN triples tz ON tz.s = te.o AND tz.p = k.type AND tz.o IN (k.course, k.graduate_course)
JOIN terms x ON x.id = ad.s
JOIN terms y ON y.id = ad.o
JOIN terms z ON z.id = te.o;
