#!/usr/bin/env bash
# build.sh builds, serves, tests and packages the minutes editor.
#
#   ./build.sh serve   build the site into build/site and serve it on http://localhost:8080
#   ./build.sh test    run every test: vet, native Go tests, short fuzzing, the wasm
#                      package in headless Chromium, end-to-end tests in Chromium
#   ./build.sh dist    write the deployable static site to dist/ (with .br and .gz)
#   ./build.sh build   only build build/site
#   ./build.sh sizes   build and print the size of every asset (raw, gzip, brotli)
#   ./build.sh bench   build, run the Go and browser benchmarks, print the table
#   ./build.sh fuzz    run every Fuzz test for FUZZTIME (e.g. FUZZTIME=10m)
#
# Environment: ADDR (serve address, default localhost:8080), FUZZTIME (per
# fuzz test, default 5s), WASM_GCFLAGS (the wasm's -gcflags, see
# internal/site/wasm.go), WASM_OPT=1 (run wasm-opt -Oz on the wasm),
# WASM_DEBUG=1 (a debug build: the wasm keeps its line tables, so stack
# traces name files and lines),
# CI=true (a missing browser, corpus or axe-core fails instead of skipping).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
BUILD=$ROOT/build
SITE=$BUILD/site
DIST=$ROOT/dist
CORPUS=${MINUTES_CORPUS:-$ROOT/../shared/corpus}

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }
is_ci() { [[ "${CI:-}" == "true" || "${CI:-}" == "1" ]]; }

# site runs the site's assembly (cmd/site, internal/site): the wasm built
# with the shipped flags and post-processing, its hashed name, the stamped
# index.html and sw.js, dist's .br and .gz, the sizes table.
site() { go run ./cmd/site "$@"; }

cmd_build() { site build -site "$SITE"; }
cmd_serve() {
	cmd_build
	go run ./cmd/serve -dir "$SITE" -addr "${ADDR:-localhost:8080}"
}
cmd_dist() { site dist -site "$SITE" -o "$DIST"; }
cmd_sizes() { site sizes -site "$SITE"; }

# need_browser fails in CI and skips locally when there is no Chromium
# (internal/chromium finds it, for every browser test).
need_browser() {
	local why
	if why=$(site chromium 2>&1 >/dev/null); then return 0; fi
	is_ci && die "$why (CI=true: browser tests may not be skipped)"
	log "SKIPPING $1: $why"
	return 1
}

test_vet() {
	log "go vet (native and js/wasm)"
	go vet ./...
	GOOS=js GOARCH=wasm go vet ./wasm/
	test_jsguard
}

# test_jsguard runs safejs's analyzer on the wasm package: unchecked
# syscall/js calls are allowed only where wasm/jsguard-exceptions.txt lists
# them (at most as many per file), with the reason written there.
test_jsguard() {
	log "jsguard (unchecked syscall/js calls)"
	mkdir -p "$BUILD/bin"
	go build -o "$BUILD/bin/jsguard" github.com/hack-pad/safejs/jsguard/cmd/jsguard
	local found
	found=$(GOOS=js GOARCH=wasm "$BUILD/bin/jsguard" ./wasm/ 2>&1 | grep 'unsafe' | grep -v '_test\.go:' || true)
	awk -v found="$found" '
		/^[0-9]+ / { allowed[$2] = $1 }
		END {
			n = split(found, lines, "\n")
			for (i = 1; i <= n; i++) {
				if (lines[i] == "") continue
				f = lines[i]; sub(/:.*/, "", f); sub(/.*\//, "", f)
				count[f]++
				if (!(f in allowed)) { print "jsguard: " lines[i] " (the file is not in wasm/jsguard-exceptions.txt: use safejs)"; bad = 1 }
			}
			for (f in count) if (f in allowed && count[f] > allowed[f]) {
				print "jsguard: " f " has " count[f] " unchecked syscall/js calls, " allowed[f] " allowed: use safejs"; bad = 1
			}
			exit bad
		}' wasm/jsguard-exceptions.txt
}

# test_native runs every package's tests but e2e's, which test_e2e runs.
test_native() {
	log "go test (native)"
	go test -count=1 $(go list ./... | grep -v '/e2e$')
}

# test_fuzz runs every Fuzz test of every package for FUZZTIME.
test_fuzz() {
	local pkg fuzz
	for pkg in $(go list ./...); do
		for fuzz in $(go test -list '^Fuzz' "$pkg" 2>/dev/null | grep '^Fuzz' || true); do
			log "fuzz $pkg $fuzz (${FUZZTIME:-5s})"
			fuzz_one "$pkg" "$fuzz" || fuzz_one "$pkg" "$fuzz" || fuzz_one "$pkg" "$fuzz" last
		done
	done
}

# fuzz_one runs one fuzz target. Go 1.26's fuzzer can stop with "context
# deadline exceeded" when its time is up while a worker is busy, without
# any failing input (golang/go#75804; slow targets such as FuzzUpdate on a
# loaded machine meet it often): such a run returns 1 to be tried again,
# and on the last try (argument last) counts as a pass with a warning, since
# the fuzzer found nothing. A real failure writes its input under
# testdata/fuzz/ and fails at once.
fuzz_one() {
	local out rc=0
	out=$(go test -run='^$' -fuzz="^$2\$" -fuzztime="${FUZZTIME:-5s}" "$1" 2>&1) || rc=$?
	printf '%s\n' "$out"
	((rc == 0)) && return 0
	if grep -q 'context deadline exceeded' <<<"$out" && ! grep -q 'Failing input written' <<<"$out"; then
		if [[ -z "${3:-}" ]]; then
			log "fuzz $2 stopped without a failing input (the fuzzer's own race): once more"
			return 1
		fi
		log "warning: fuzz $2 stopped at its deadline three times without a failing input (golang/go#75804); nothing found"
		return 0
	fi
	die "fuzz $2 failed"
}

# test_wasm runs the wasm package's tests in the browser internal/chromium
# finds: wasmbrowsertest looks for "chromium" on $PATH, so a link of that
# name comes first there. The test binary is post-processed first
# (internal/wasmpost, as the shipped wasm is), so the tests run the same
# kind of binary the page does.
test_wasm() {
	need_browser "wasm package tests" || return 0
	log "wasm package tests in headless Chromium (wasmbrowsertest)"
	mkdir -p "$BUILD/bin/browser"
	ln -sf "$(site chromium)" "$BUILD/bin/browser/chromium"
	go build -o "$BUILD/bin/wasmbrowsertest" github.com/agnivade/wasmbrowsertest
	go build -o "$BUILD/bin/wasmpost" ./internal/wasmpost/cmd/wasmpost
	local lines=""
	[[ "${WASM_DEBUG:-}" == "1" ]] && lines=-lines
	printf '#!/bin/sh\nset -e\n"%s" %s "$1"\nexec "%s" "$@"\n' "$BUILD/bin/wasmpost" "$lines" \
		"$BUILD/bin/wasmbrowsertest" >"$BUILD/bin/wasmtest-exec"
	chmod +x "$BUILD/bin/wasmtest-exec"
	# timeout: a test that breaks the test page would leave the browser waiting.
	PATH=$BUILD/bin/browser:$PATH timeout 600 env GOOS=js GOARCH=wasm \
		go test -count=1 -exec="$BUILD/bin/wasmtest-exec" ./wasm/
}

# test_e2e runs the end-to-end tests, which build the site themselves
# (e2e's TestMain); npm ci installs axe-core for them when it is missing.
test_e2e() {
	need_browser "end-to-end tests" || return 0
	if [[ ! -f node_modules/axe-core/axe.min.js ]] && command -v npm >/dev/null; then
		log "npm ci (axe-core)"
		npm ci --no-audit --no-fund >&2
	fi
	log "end-to-end tests in headless Chromium (chromedp)"
	go test -count=1 -timeout 15m ./e2e/
}

# stage runs one test stage in a subshell with errexit (which bash ignores
# in a function called from a condition) and records whether it failed, so
# one failing stage does not hide the results of the others.
FAILED=()
stage() {
	local rc
	set +e
	(set -e; "$@")
	rc=$?
	set -e
	((rc == 0)) || FAILED+=("$1")
}

cmd_fuzz() { test_fuzz; }

cmd_test() {
	stage test_vet
	stage test_native
	stage test_fuzz
	stage test_wasm
	stage test_e2e
	if ((${#FAILED[@]})); then
		die "FAILED: ${FAILED[*]}"
	fi
	log "all tests passed"
}

# cmd_bench measures the page against issue 5's targets (see BENCHMARKS.md):
# bench/ builds the site as it ships with the benchmark's pages beside it
# and compresses it as dist does (-prepare), then runs the Go benchmarks and
# the browser benchmark and prints the table.
cmd_bench() {
	local dir=$BUILD/bench mdit=$ROOT/node_modules/markdown-it/dist/browser/markdown-it.umd.min.js
	if [[ ! -f "$mdit" ]]; then
		command -v npm >/dev/null || die "bench needs markdown-it: install npm, then run npm ci"
		log "npm ci (markdown-it)"
		npm ci --no-audit --no-fund >&2
	fi
	need_browser "the browser benchmark" || die "bench needs Chromium"
	mkdir -p "$dir" "$BUILD/bin"
	go build -o "$BUILD/bin/bench" ./bench
	"$BUILD/bin/bench" -prepare "$dir/site" -markdown-it "$mdit"
	"$BUILD/bin/bench" -site "$dir/site" -corpus "$CORPUS" -out "$dir/table.md"
}

main() {
	local cmd=${1:-}
	case "$cmd" in
	build | serve | dist | test | sizes | bench | fuzz) "cmd_$cmd" ;;
	*) sed -n '2,10s/^# \{0,1\}//p' "$0" >&2; exit 2 ;;
	esac
}

main "$@"
