-- Lookup by label (queries/news/n5_label_lookup.rq).
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/2000/01/rdf-schema#label>') AS label,
  (SELECT id FROM terms WHERE value = '"{{person_label}}"@ar') AS name,
  (SELECT id FROM terms WHERE value = '<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>') AS type)
SELECT e.value, c.value
FROM k
JOIN triples l ON l.p = k.label AND l.o = k.name
JOIN triples t ON t.s = l.s AND t.p = k.type
JOIN terms e ON e.id = l.s
JOIN terms c ON c.id = t.o;
