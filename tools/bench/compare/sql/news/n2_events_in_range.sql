-- Events of one type in a date range (queries/news/n2_events_in_range.rq). Dates are stored as
-- their N-Triples form "yyyy-mm-dd"^^<xsd:date>, which sorts like the dates, so the range is a
-- range over terms.value (the unique index) restricted to that datatype.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#eventType>') AS event_type,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#{{event_type}}>') AS type,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#date>') AS date)
SELECT e.value, d.value
FROM k
JOIN triples t ON t.p = k.event_type AND t.o = k.type
JOIN triples td ON td.s = t.s AND td.p = k.date
JOIN terms d ON d.id = td.o
JOIN terms e ON e.id = t.s
WHERE d.value >= '"{{date_from}}"^^<http://www.w3.org/2001/XMLSchema#date>'
  AND d.value < '"{{date_to}}"^^<http://www.w3.org/2001/XMLSchema#date>'
  AND d.value LIKE '%^^<http://www.w3.org/2001/XMLSchema#date>';
