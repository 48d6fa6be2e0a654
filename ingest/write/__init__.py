"""Writing one article: its rows, the generated Cypher, the transaction."""
