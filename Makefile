# pubreport: `make report` builds and writes the example report; `make test` runs the tests.
# Both install the Debian packages the build needs when they are missing (as root).

SWIFT ?= swift
APT_PACKAGES := libxml2-dev pkg-config zlib1g-dev libcairo2-dev libpango1.0-dev libmimalloc-dev poppler-utils qpdf cmark-gfm pandoc libxml2-utils
SAMPLE := reports/sample-homepage.md

.PHONY: all build release test report bench fuzz deps clean reference-model venue-data

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

# The reference tagger's model, trained on the labelled references in
# Sources/ReferenceModelTrainer/TrainingData (AnyStyle's and GROBID's, licences beside them) and
# written as Swift source; the same data gives the same bytes. `cross-validate` measures it.
REFERENCE_DATA := Sources/ReferenceModelTrainer/TrainingData/anystyle-core.xml --also-train-on Sources/ReferenceModelTrainer/TrainingData/grobid-citations.xml
reference-model: deps
	$(SWIFT) build -c release --product ReferenceModelTrainer
	.build/release/ReferenceModelTrainer train $(REFERENCE_DATA) --out Sources/Publications/Parsing/References/Model/ReferenceModelData.swift

# The journal list keyed and sorted (Sources/Publications/Venues/Data/JournalIndex.swift), made
# from the raw JabRef list beside it; a test checks that the shipped index is what this makes.
venue-data: deps
	PUBREPORT_WRITE_JOURNAL_INDEX=1 $(SWIFT) test --filter JournalIndexTests

# Wall time and peak memory against shared/bench/peer.py, reference-parsing speed and accuracy;
# writes BENCHMARKS.md.
bench: deps
	@python3 -c "import bibtexparser, networkx, igraph, leidenalg, sklearn, matplotlib" 2>/dev/null || \
	  pip install -q bibtexparser networkx python-igraph leidenalg scikit-learn matplotlib || true
	Benchmarks/run-benchmarks.sh

# libFuzzer with AddressSanitizer on every reader, seeded from the test fixtures;
# FUZZ_SECONDS per target (default 60), FUZZ_RUNS executions at most (default unlimited), on
# FUZZ_JOBS processes (default 2). Seeds are small pieces of Tests/Fixtures (Fuzz/seeds.py);
# the corpus grows in .build-fuzz/corpus/<target>/ and is kept between runs, so campaigns add up.
# Crashes land in .build-fuzz/findings/<target>/; each run's executions (from libFuzzer's last
# status line, so a run that stopped on a finding counts too) are appended to Fuzz/campaign.tsv
# (date, commit, target, seconds it ran, executions, findings), the running tally. NB: never SIGSTOP a
# fuzzer: its timeout is wall-clock, so a pause is reported as a hang.
# Before each run the corpus is minimised (libFuzzer's -merge=1 keeps the inputs that add coverage):
# a corpus of 16,000 files cost half a minute to replay at every start and a directory scan at every
# reload. Merging replays every kept input on the new build and steps over one that fails, so a
# failure there is kept as a finding (its log) rather than lost with the input. ASan keeps no
# allocation stacks (malloc_context_size=0, a twelfth of the run time); to see them for a finding,
# run the binary on the saved input without it.
FUZZ_SECONDS ?= 60
FUZZ_RUNS ?= -1
FUZZ_JOBS ?= 2
FUZZ_MAX_LEN ?= 4096
FUZZ_TARGETS ?= homepage bibtex csljson hugo names venues references latexcv ris openalex dblp orcid
fuzz: deps
	cd Fuzz && $(SWIFT) build -c release --toolset lld-toolset.json -Xswiftc -sanitize=fuzzer,address --scratch-path ../.build-fuzz
	@commit=$$(git rev-parse --short HEAD)$$(git diff --quiet HEAD -- Sources Fuzz/Sources || echo -dirty); \
	for t in $(FUZZ_TARGETS); do \
	  mkdir -p .build-fuzz/corpus/$$t .build-fuzz/findings/$$t .build-fuzz/logs/$$t; \
	  python3 Fuzz/seeds.py $$t .build-fuzz/corpus/$$t; \
	  echo "== $$t"; \
	  rm -f .build-fuzz/logs/$$t/*; \
	  before=$$(ls .build-fuzz/findings/$$t | wc -l); \
	  rm -rf .build-fuzz/merged/$$t && mkdir -p .build-fuzz/merged/$$t; \
	  ( cd .build-fuzz/logs/$$t && SWIFT_BACKTRACE=enable=no FUZZ_TARGET=$$t ../../release/FuzzReaders -merge=1 \
	    -rss_limit_mb=2048 -timeout=10 -max_len=$(FUZZ_MAX_LEN) -artifact_prefix=../../findings/$$t/ \
	    ../../merged/$$t ../../corpus/$$t >merge.txt 2>&1 ) \
	    && rm -rf .build-fuzz/corpus/$$t && mv .build-fuzz/merged/$$t .build-fuzz/corpus/$$t; \
	  if grep -qE 'ERROR: |deadly signal|MERGE-OUTER: attempt [2-9]' .build-fuzz/logs/$$t/merge.txt; then \
	    cp .build-fuzz/logs/$$t/merge.txt .build-fuzz/findings/$$t/merge-$$(date +%s).log; \
	    echo "!! an input of the kept corpus failed on this build: .build-fuzz/findings/$$t/"; fi; \
	  echo "corpus: $$(ls .build-fuzz/corpus/$$t | wc -l) inputs after minimising"; \
	  started=$$(date +%s); \
	  ( cd .build-fuzz/logs/$$t && SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=malloc_context_size=0 \
	    FUZZ_TARGET=$$t ../../release/FuzzReaders -max_total_time=$(FUZZ_SECONDS) -runs=$(FUZZ_RUNS) -jobs=$(FUZZ_JOBS) -workers=$(FUZZ_JOBS) \
	    -rss_limit_mb=2048 -timeout=10 -max_len=$(FUZZ_MAX_LEN) -artifact_prefix=../../findings/$$t/ \
	    ../../corpus/$$t >/dev/null 2>&1 || true ); \
	  grep -hE '^(Done [0-9]+ runs|==[0-9]+== ERROR|SUMMARY)' .build-fuzz/logs/$$t/fuzz-*.log || true; \
	  runs=$$(for log in .build-fuzz/logs/$$t/fuzz-*.log; do grep -oE '^(Done |#)[0-9]+' $$log | grep -oE '[0-9]+' | sort -n | tail -1; done | awk '{s+=$$1} END {print s+0}'); \
	  found=$$(( $$(ls .build-fuzz/findings/$$t | wc -l) - before )); \
	  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$$(date -u +%FT%TZ)" $$commit $$t \
	    $$(( $$(date +%s) - started )) $$runs $$found >> Fuzz/campaign.tsv; \
	done
	@awk -F'\t' 'NR > 1 {s[$$3] += $$5} END {for (t in s) printf "%-9s %12d executions in all\n", t, s[t]}' Fuzz/campaign.tsv | sort

clean:
	rm -rf .build
