# The two quick-start commands (see README.md) and a few helpers.
# Both targets install LAPACK (Debian's liblapack-dev) first when it is missing.

SHELL := /bin/bash
SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# The release binary is built for the machine that builds it (like -march=native: AVX2 where the
# CPU has it; same IEEE arithmetic, no fused multiply-adds, so the same numbers bit for bit), with
# the Swift runtime linked in statically when the toolchain ships it (10 ms less start-up).
# `make release PORTABLE=1` builds for the baseline CPU instead. Benchmarks/README.md has the
# measured difference.
TOOLCHAIN_LIB := $(shell d=$$(command -v $(SWIFT)) && dirname "$$(dirname "$$(readlink -f "$$d")")")/lib
STATIC_FLAG := $(if $(wildcard $(TOOLCHAIN_LIB)/swift_static/linux/libFoundation.a),--static-swift-stdlib)
NATIVE_FLAG := $(if $(PORTABLE),,-Xswiftc -target-cpu -Xswiftc native)
RELEASE_FLAGS ?= $(NATIVE_FLAG) $(STATIC_FLAG)

.PHONY: analyze serve test deps release conformance benchmarks bench-check bench-baseline fuzz sanitize

## Runs the main job: a full analysis of the bundled Rafsanjan sister-city dataset.
analyze: release
	.build/release/mcda analyze Datasets/rafsanjan-sister-cities

## The decision workbench (its own product, mcda-serve: Hummingbird is not built by `make analyze`),
## served on http://127.0.0.1:8080 for the Rafsanjan dataset (PORT=0 picks a free port).
PORT ?= 8080
serve: release
	@echo "$(SWIFT) build -c release --product mcda-serve $(RELEASE_FLAGS)"
	@set -o pipefail; $(SWIFT) build -c release --product mcda-serve $(RELEASE_FLAGS) 2>&1 | { grep -v "mktemp' is dangerous" || true; }
	.build/release/mcda serve Datasets/rafsanjan-sister-cities --port $(PORT)

## Runs the whole test suite.
test: deps
	$(SWIFT) build
	$(SWIFT) test

deps:
	@if ! pkg-config --exists lapack 2>/dev/null && [ ! -e /usr/lib/x86_64-linux-gnu/liblapack.so ] && [ ! -e /usr/lib/aarch64-linux-gnu/liblapack.so ]; then \
		echo "Installing liblapack-dev (LAPACK) with apt-get…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq liblapack-dev pkg-config; \
	fi

## Builds .build/release/mcda (see RELEASE_FLAGS above).
# The static Foundation prints a linker notice about its own use of mktemp; it is filtered out.
release: deps
	@echo "$(SWIFT) build -c release --product mcda $(RELEASE_FLAGS)"
	@set -o pipefail; $(SWIFT) build -c release --product mcda $(RELEASE_FLAGS) 2>&1 | { grep -v "mktemp' is dangerous" || true; }

## The reference cases of ../shared (when that folder exists).
conformance: release
	python3 ../shared/tools/conformance.py --mcda .build/release/mcda

## package-benchmark suites (their own package under Benchmarks/).
benchmarks: deps
	cd Benchmarks && $(SWIFT) package benchmark

## Instruction counts (valgrind) of mcda on fixed inputs against Benchmarks/instructions.baseline;
## fails on a regression of more than 5 %. Not part of `make test` (see Benchmarks/README.md).
bench-check: deps
	Benchmarks/bench-check.sh

## Rewrites Benchmarks/instructions.baseline with this build's counts (after a deliberate change).
bench-baseline: deps
	Benchmarks/bench-check.sh --update

## libFuzzer targets (their own package under Fuzz/, Linux): each target for SECONDS seconds from the
## committed seeds (Fuzz/Corpus/<target>); new inputs go to Fuzz/.build/corpus, logs, crashes and broken
## properties to Fuzz/findings/. Not part of `make test`. (SwiftPM's --sanitize=fuzzer links libFuzzer but does
## not instrument for coverage: -Xswiftc -sanitize=fuzzer and -fsanitize=fuzzer-no-link do.)
SECONDS ?= 600
FUZZ_TARGETS := matrix-csv pairwise-csv dataset distribution workbench-request
fuzz: deps
	cd Fuzz && $(SWIFT) build -c debug --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer -Xcc -fsanitize=fuzzer-no-link
	@status=0; for t in $(FUZZ_TARGETS); do \
		mkdir -p Fuzz/.build/corpus/$$t Fuzz/findings; \
		echo "fuzz-$$t for $(SECONDS) s"; \
		SWIFT_BACKTRACE=enable=no Fuzz/.build/debug/fuzz-$$t Fuzz/.build/corpus/$$t Fuzz/Corpus/$$t \
			-max_total_time=$(SECONDS) -max_len=8192 -print_final_stats=1 -artifact_prefix=Fuzz/findings/$$t- \
			> Fuzz/findings/$$t.log 2>&1 || { echo "fuzz-$$t: a finding, see Fuzz/findings/"; status=1; }; \
		grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|SUMMARY|property broken|.*Fatal error)' Fuzz/findings/$$t.log; \
	done; exit $$status

## The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, then under
## ThreadSanitizer (debug builds in .build-asan and .build-tsan). Not part of `make test`.
## swiftc has no -sanitize=undefined on Linux: UBSan instruments the C code (Yams' libyaml, NIO's
## shims), stopping at the first finding; Swift code traps on overflow, bounds and nil in debug builds.
SANITIZE_UNDEFINED := -Xcc -fsanitize=undefined -Xcc -fno-sanitize-recover=undefined
## LeakSanitizer ignores the leaks of XCTest and ArgumentParser listed in Tests/Sanitizers/.
sanitize: deps
	LSAN_OPTIONS=suppressions=$(CURDIR)/Tests/Sanitizers/lsan-suppressions.txt \
		$(SWIFT) test -c debug --sanitize=address $(SANITIZE_UNDEFINED) --scratch-path .build-asan
	MCDA_TSAN=1 $(SWIFT) test -c debug --sanitize=thread --scratch-path .build-tsan
