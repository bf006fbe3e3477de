-- Star around an entity (queries/news/n1_star.rq): out-edges, then in-edges, NULL where the
-- SPARQL variable is unbound in that branch.
WITH k AS (SELECT (SELECT id FROM terms WHERE value = '<{{person_iri}}>') AS person)
SELECT p.value, o.value, NULL
FROM k JOIN triples t ON t.s = k.person
JOIN terms p ON p.id = t.p JOIN terms o ON o.id = t.o
UNION ALL
SELECT p.value, NULL, s.value
FROM k JOIN triples t ON t.o = k.person
JOIN terms p ON p.id = t.p JOIN terms s ON s.id = t.s;
