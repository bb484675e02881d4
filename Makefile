# pubreport: `make report` builds and writes the example report; `make test` runs the tests.
# Both install the Debian packages the build needs when they are missing (as root).

SWIFT ?= swift
APT_PACKAGES := libxml2-dev pkg-config libcairo2-dev libpango1.0-dev poppler-utils qpdf cmark-gfm pandoc libxml2-utils
SAMPLE := reports/sample-homepage.md

.PHONY: all build release test report bench deps clean

all: build

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "missing Debian packages:$$missing (run: sudo apt-get install$$missing)"; exit 1; fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

test: deps
	$(SWIFT) test

# The example report of the sample homepage, committed in reports/example/ (a test checks that
# it matches what the code produces now).
report: release
	.build/release/pubreport report $(SAMPLE) --out reports/example

# Wall time and peak memory against shared/bench/peer.py; writes BENCHMARKS.md.
bench: deps
	@python3 -c "import bibtexparser, networkx, igraph, leidenalg, sklearn, matplotlib" 2>/dev/null || \
	  pip install -q bibtexparser networkx python-igraph leidenalg scikit-learn matplotlib || true
	Benchmarks/run-benchmarks.sh

clean:
	rm -rf .build
