# Jiading Park Explorer — the two commands are `make serve` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
# npm's wasm-opt (binaryen 132) must come first: trunk runs whichever wasm-opt it finds.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
# Chromium and the tests leave temporary files; keep them in the build directory.
export TMPDIR := $(CURDIR)/target/tmp

.PHONY: serve embed-demo dist test tools browser-tools lint unit e2e validate format-data pinyin bench bench-lighthouse bench-sizes fuzz fmt clean

## serve: install what is missing, then serve the app on http://127.0.0.1:8080 (rebuilds on change)
serve: tools
	trunk serve

## dist: release build into dist/
dist: tools
	trunk build --release

## test: every test — formatting and lints, native unit tests, shipped-data validation, and
## real-browser end-to-end tests (headless Chromium) against a release build
test: tools browser-tools lint unit dist e2e

tools: | $(TMPDIR)
	scripts/ensure-tools.sh build

browser-tools:
	scripts/ensure-tools.sh browser

$(TMPDIR):
	mkdir -p $(TMPDIR)

## lint: formatting, the layering of src/core and src/ui (scripts/check-layers.mjs), clippy
lint:
	cargo fmt --all --check
	node scripts/check-layers.mjs --self-test
	node scripts/check-layers.mjs
	cargo clippy --workspace --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --bins --locked -p jiading-park-explorer -- -D warnings

unit:
	cargo test --locked -p jiading-park-explorer

e2e:
	cargo test --locked -p e2e -- --test-threads=2

## validate: check public/data the way the app does and print every problem
validate:
	cargo run --quiet --locked --bin validate-data

## format-data: rewrite public/data/places.json in the canonical form the data workbench writes
format-data:
	cargo run --quiet --locked --bin validate-data -- --format

## pinyin: regenerate src/core/text/pinyin_table.txt (GB2312 + every Chinese character in public/data)
pinyin:
	cargo run --quiet --locked -p pinyin-table

## embed-demo: the built explorer under http://127.0.0.1:8081/zwgk/zsyz/explorer/ with the strict
## headers, embedded (themed, resized by host.js) by a page on a second origin, http://127.0.0.1:8082/,
## and refused on :8083, an origin its frame-ancestors does not list. Ctrl-C stops.
embed-demo: tools dist
	node scripts/embed-demo.mjs

## bench: sizes and timings (prints numbers; never fails on them)
bench: tools browser-tools dist
	scripts/ensure-tools.sh bench
	cargo run --release --locked -p bench

## bench-lighthouse: sizes and Lighthouse mobile + desktop only (a few minutes)
bench-lighthouse: tools browser-tools dist
	scripts/ensure-tools.sh bench
	cargo run --release --locked -p bench -- --lighthouse-only

## bench-sizes: only the build's sizes and the wasm's breakdown by crate (quick)
bench-sizes: tools dist
	scripts/ensure-tools.sh bench
	cargo run --release --locked -p bench -- --sizes-only

## fuzz: coverage-guided fuzzing of the data reader and validator, the GeoJSON reader and the URL
## parser, FUZZ_SECONDS each (default 600); prints executions and findings. Not part of make test
## (which runs the same checks over the seeds and a few thousand mutations: tests/fuzz_smoke.rs).
FUZZ_SECONDS ?= 600
fuzz: | $(TMPDIR)
	scripts/ensure-tools.sh fuzz
	scripts/fuzz.sh $(FUZZ_SECONDS)

fmt:
	cargo fmt --all

clean:
	rm -rf dist target/tmp
