"""Exports of the graph for other tools: PLOVER event records (event-data tools, as POLECAT and
GDELT users use), GraphML (Gephi, yEd) and CSV node and edge files.

Every exporter is an async generator of text chunks over paged reads (`source.py`), so the API
streams it (`StreamingResponse`) and the CLI writes it to a file as it comes, in memory that
does not grow with the graph.
"""
