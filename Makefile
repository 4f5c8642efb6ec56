# The two quick-start commands (see README.md) and a few helpers.
# Both targets install LAPACK (Debian's liblapack-dev) first when it is missing.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: analyze test deps release conformance benchmarks

## Runs the main job: a full analysis of the bundled Rafsanjan sister-city dataset.
analyze: release
	.build/release/mcda analyze Datasets/rafsanjan-sister-cities

## Runs the whole test suite.
test: deps
	$(SWIFT) build
	$(SWIFT) test

deps:
	@if ! pkg-config --exists lapack 2>/dev/null && [ ! -e /usr/lib/x86_64-linux-gnu/liblapack.so ] && [ ! -e /usr/lib/aarch64-linux-gnu/liblapack.so ]; then \
		echo "Installing liblapack-dev (LAPACK) with apt-get…"; \
		$(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq liblapack-dev pkg-config; \
	fi

release: deps
	$(SWIFT) build -c release --product mcda

## The reference cases of ../shared (when that folder exists).
conformance: release
	python3 ../shared/tools/conformance.py --mcda .build/release/mcda

## package-benchmark suites (their own package under Benchmarks/).
benchmarks: deps
	cd Benchmarks && $(SWIFT) package benchmark
