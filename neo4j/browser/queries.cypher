// dipgraph: ready queries for Neo4j Browser (http://127.0.0.1:7474/browser/).
// Set the parameters first, e.g.:
//   :param a => 'US'
//   :param b => 'RU'
//   :param person => 'person:alexander-darchiev'
//   :param fact => 'delegation:ru-us:2025:r2:ru'
// then run one query at a time (select it, Ctrl+Enter). With the API running, the guide
// `:play http://127.0.0.1:8000/explore/guide.html` has them all as clickable cards, and
// `:style http://127.0.0.1:8000/explore/dipgraph.grass` applies the style.

// 1. Who led which delegation: country, leader with the title they had then, meeting, date, place.
MATCH (d:Delegation)-[:REPRESENTS]->(c:Country)
OPTIONAL MATCH (d)-[led:LED_BY]->(p:Person)
OPTIONAL MATCH (d)-[:ATTENDED]->(m:Meeting)
RETURN c.code AS country, p.name AS leader, led.title AS title, m.name AS meeting,
       m.date AS date, m.city AS city
ORDER BY m.date DESC, country;

// 2. Every round of talks between two countries ($a, $b), in order, with the graph around them.
MATCH (:Country {code: $a})-[:PARTY_TO]->(m:Meeting)<-[:PARTY_TO]-(:Country {code: $b})
OPTIONAL MATCH path = (m)-[:FOLLOWS]->(:Meeting)
OPTIONAL MATCH (d:Delegation)-[att:ATTENDED]->(m)
OPTIONAL MATCH (d)-[led:LED_BY]->(p:Person)
RETURN m, path, d, att, led, p
ORDER BY m.round, m.date;

// 3. What one person ($person) did: positions, delegations led or joined, meetings, statements.
//    MEMBER_OF is named as a string, not a pattern type, so a graph with no member yet
//    gives no "unknown relationship type" warning.
MATCH (p:Person {id: $person})
OPTIONAL MATCH pos = (p)-[:HOLDS_POSITION]->()
OPTIONAL MATCH led = (:Delegation)-[:LED_BY]->(p)
OPTIONAL MATCH joined = (p)-[j]->(:Delegation) WHERE type(j) = 'MEMBER_OF'
OPTIONAL MATCH at = (p)-[role]-(:Delegation)-[:ATTENDED]->(:Meeting)
  WHERE type(role) IN ['LED_BY', 'MEMBER_OF']
OPTIONAL MATCH said = (p)-[:SPOKE]->(:Statement)
RETURN p, pos, led, joined, at, said;

// 4. Diplomatic properties under restriction, who owns them and who restricts them.
MATCH (rc:Country)-[r:RESTRICTS]->(pr:DiplomaticProperty)
OPTIONAL MATCH (pr)-[:OWNED_BY]->(owner:Country)
OPTIONAL MATCH (pr)-[:LOCATED_IN]->(place:Place)
RETURN pr.name AS property, pr.kind AS kind, place.name AS location, owner.code AS owner,
       rc.code AS restricted_by, r.action AS action, r.as_of AS as_of
ORDER BY owner, property;

// 5. The articles behind a fact: the node $fact, each relationship it has, and the articles that
//    support it (`sources`), with the sentences that state it (`evidence`).
MATCH (n {id: $fact})-[r]-(other)
WHERE type(r) <> 'MENTIONS'
UNWIND coalesce(r.sources, []) AS source
MATCH (a:Article {id: source})
RETURN type(r) AS fact, other.name AS with, a.title AS article, a.url AS url,
       a.published AS published, [e IN coalesce(r.evidence, []) WHERE e STARTS WITH a.id] AS evidence
ORDER BY fact, published DESC;
