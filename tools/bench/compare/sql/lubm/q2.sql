-- LUBM Q2 as in tools/bench/query/lubm/q2.rq: the memberOf / subOrganizationOf /
-- undergraduateDegreeFrom triangle.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>') AS type,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#GraduateStudent>') AS graduate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#University>') AS university,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#Department>') AS department,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#memberOf>') AS member_of,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#subOrganizationOf>') AS sub_org,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#undergraduateDegreeFrom>') AS degree_from)
SELECT x.value, y.value, z.value
FROM k
JOIN triples mo ON mo.p = k.member_of
JOIN triples so ON so.s = mo.o AND so.p = k.sub_org
JOIN triples ug ON ug.s = mo.s AND ug.p = k.degree_from AND ug.o = so.o
JOIN triples tx ON tx.s = mo.s AND tx.p = k.type AND tx.o = k.graduate
JOIN triples ty ON ty.s = so.o AND ty.p = k.type AND ty.o = k.university
JOIN triples tz ON tz.s = mo.o AND tz.p = k.type AND tz.o = k.department
JOIN terms x ON x.id = mo.s
JOIN terms y ON y.id = so.o
JOIN terms z ON z.id = mo.o;
