# The dipgraph API image; docker-compose.yml runs it beside the official Neo4j image.
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /srv/dipgraph

COPY pyproject.toml README.md ./
COPY app ./app
COPY graph_schema ./graph_schema
COPY ingest ./ingest
RUN pip install . && useradd --system --uid 10001 dipgraph
COPY samples ./samples

USER dipgraph
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health').status==200 else 1)"
CMD ["dipgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
