-- Two-hop path (queries/news/n4_two_hop.rq).
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<{{person_iri}}>') AS person,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#met>') AS met)
SELECT x.value, y.value
FROM k
JOIN triples h1 ON h1.s = k.person AND h1.p = k.met
JOIN triples h2 ON h2.s = h1.o AND h2.p = k.met
JOIN terms x ON x.id = h1.o
JOIN terms y ON y.id = h2.o;
