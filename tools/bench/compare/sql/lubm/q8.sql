-- LUBM Q8 as in tools/bench/query/lubm/q8.rq: students of University0's departments with
-- their e-mail addresses.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>') AS type,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#UndergraduateStudent>') AS undergraduate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#GraduateStudent>') AS graduate,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#Department>') AS department,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#memberOf>') AS member_of,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#subOrganizationOf>') AS sub_org,
  (SELECT id FROM terms WHERE value = '<http://www.University0.edu>') AS university,
  (SELECT id FROM terms WHERE value = '<http://swat.cse.lehigh.edu/onto/univ-bench.owl#emailAddress>') AS email)
SELECT x.value, y.value, z.value
FROM k
JOIN triples so ON so.p = k.sub_org AND so.o = k.university
JOIN triples ty ON ty.s = so.s AND ty.p = k.type AND ty.o = k.department
JOIN triples mo ON mo.p = k.member_of AND mo.o = so.s
JOIN triples tx ON tx.s = mo.s AND tx.p = k.type AND tx.o IN (k.undergraduate, k.graduate)
JOIN triples em ON em.s = mo.s AND em.p = k.email
JOIN terms x ON x.id = mo.s
JOIN terms y ON y.id = so.s
JOIN terms z ON z.id = em.o;
