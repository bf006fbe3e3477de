-- Actor pairs with counts (queries/news/n3_actor_pairs.rq); the count is formatted as the
-- xsd:integer literal SPARQL's COUNT returns.
WITH k AS (SELECT
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#agent>') AS agent,
  (SELECT id FROM terms WHERE value = '<http://marsad.dev/ns#target>') AS target)
SELECT a.value, t.value, '"' || pairs.n || '"^^<http://www.w3.org/2001/XMLSchema#integer>'
FROM (SELECT ta.o AS agent, tt.o AS target, count(*) AS n
      FROM k
      JOIN triples ta ON ta.p = k.agent
      JOIN triples tt ON tt.s = ta.s AND tt.p = k.target
      GROUP BY ta.o, tt.o
      HAVING count(*) >= 3) AS pairs
JOIN terms a ON a.id = pairs.agent
JOIN terms t ON t.id = pairs.target;
