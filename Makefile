# pubreport: `make report` builds and writes the example report; `make test` runs the tests.
# Both install the Debian packages the build needs when they are missing (as root).

SWIFT ?= swift
APT_PACKAGES := libxml2-dev pkg-config
SAMPLE := reports/example/sample-homepage.md

.PHONY: all build release test report deps clean

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

# Until the chart layer lands, the example report is the sample's statistics.
report: release
	@mkdir -p reports/example
	.build/release/pubreport stats $(SAMPLE) --json > reports/example/stats.json
	.build/release/pubreport stats $(SAMPLE)

clean:
	rm -rf .build
