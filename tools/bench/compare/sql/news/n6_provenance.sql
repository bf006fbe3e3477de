-- Provenance of a fact (queries/news/n6_provenance.rq).
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<{{person_iri}}>') AS person,
  (SELECT id FROM terms WHERE value = '<{{country_iri}}>') AS country,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#agent>') AS agent,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#target>') AS target,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#eventType>') AS event_type,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#statedIn>') AS stated_in,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#title>') AS title,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#date>') AS date,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#article>') AS article,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#mentions>') AS mentions)
SELECT ev.value, ty.value, ar.value, ti.value, da.value, se.value
FROM k
JOIN triples a ON a.p = k.agent AND a.o = k.person
JOIN triples t ON t.s = a.s AND t.p = k.target AND t.o = k.country
JOIN triples et ON et.s = a.s AND et.p = k.event_type
JOIN triples si ON si.s = a.s AND si.p = k.stated_in
JOIN triples tt ON tt.s = si.o AND tt.p = k.title
JOIN triples dt ON dt.s = si.o AND dt.p = k.date
JOIN triples sa ON sa.p = k.article AND sa.o = si.o
JOIN triples sm ON sm.s = sa.s AND sm.p = k.mentions AND sm.o = k.person
JOIN terms ev ON ev.id = a.s
JOIN terms ty ON ty.id = et.o
JOIN terms ar ON ar.id = si.o
JOIN terms ti ON ti.id = tt.o
JOIN terms da ON da.id = dt.o
JOIN terms se ON se.id = sa.s;
