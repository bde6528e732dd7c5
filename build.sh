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
# fuzz test, default 5s), WASM_GCFLAGS (the wasm's -gcflags, see below),
# WASM_OPT=1 (run wasm-opt -Oz on the wasm), CI=true (a missing browser,
# corpus or axe-core fails instead of skipping).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD
BUILD=$ROOT/build
SITE=$BUILD/site
DIST=$ROOT/dist
CORPUS=$ROOT/../shared/corpus

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }
is_ci() { [[ "${CI:-}" == "true" || "${CI:-}" == "1" ]]; }

# WASM_GCFLAGS are the compiler flags of the wasm (override with the
# environment variable of that name, e.g. WASM_GCFLAGS="" for the default).
# Inlining is off (-l) except in the runtime: the page downloads 9% less
# (brotli 1.66 -> 1.51 MB when this was measured) and the Go code runs about
# as fast in V8 (core and core/preview benchmarks as wasm under Node:
# Render/1x +7%, IncrementalKeystroke +11%/-7%, UpdateKeystroke/1x +23%,
# UpdateKeystroke/20x -33%, within run-to-run noise). Turning inlining off in
# the runtime too saves 3% more (1.46 MB) but makes that code about 50%
# slower (+5% to +71%), since allocation and map access lose their inlined
# fast paths. Natively the same flags cost +6% to +42%, all=-l +27% to +91%.
WASM_GCFLAGS=${WASM_GCFLAGS-"all=-l runtime= internal/runtime/...="}

# build_wasm compiles the wasm/ package. -trimpath and -s -w drop file paths,
# the symbol table and DWARF; see WASM_GCFLAGS for inlining. wasm-opt -Oz
# makes the raw file about 10% smaller but the brotli-compressed one (what
# hosts serve) 1.5% larger and takes half a minute, so it only runs on
# request (WASM_OPT=1).
build_wasm() {
	log "wasm"
	mkdir -p "$BUILD"
	local flags=() f
	for f in $WASM_GCFLAGS; do flags+=("-gcflags=$f"); done
	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" "${flags[@]}" -o "$BUILD/app.wasm" ./wasm
	if [[ "${WASM_OPT:-}" == "1" ]]; then
		command -v wasm-opt >/dev/null || die "WASM_OPT=1 needs wasm-opt (Debian package binaryen)"
		wasm-opt --all-features -Oz "$BUILD/app.wasm" -o "$BUILD/app.opt.wasm"
		mv "$BUILD/app.opt.wasm" "$BUILD/app.wasm"
	fi
}

hash_of() { sha256sum "$@" | sha256sum | cut -c1-12; }

# build_site assembles build/site. The wasm is named after a hash of its
# content, and sw.js gets a version hashed from every file it caches (see
# the comment at the top of web/sw.js for why).
build_site() {
	build_wasm
	log "site"
	rm -rf "$SITE"
	mkdir -p "$SITE/web/icons"
	cp web/style.css web/loader.js web/manifest.webmanifest "$SITE/web/"
	cp web/icons/*.svg web/icons/*.png "$SITE/web/icons/"
	cp web/_headers "$SITE/_headers"
	cp "$(go env GOROOT)/lib/wasm/wasm_exec.js" "$SITE/web/wasm_exec.js"

	local wasm_hash wasm_name wasm_size
	wasm_hash=$(sha256sum "$BUILD/app.wasm" | cut -c1-12)
	wasm_name="web/app.$wasm_hash.wasm"
	wasm_size=$(stat -c %s "$BUILD/app.wasm")
	cp "$BUILD/app.wasm" "$SITE/$wasm_name"
	sed -e "s|data-wasm=\"web/app.wasm\"|data-wasm=\"$wasm_name\"|" \
		-e "s|data-wasm-size=\"0\"|data-wasm-size=\"$wasm_size\"|" index.html >"$SITE/index.html"
	grep -q "$wasm_name" "$SITE/index.html" || die "index.html lacks data-wasm=\"web/app.wasm\""

	local assets=() version list
	mapfile -t assets < <(cd "$SITE" && find . -type f ! -name _headers | sed 's|^\./||' | sort)
	version=$(cd "$SITE" && hash_of "${assets[@]}")
	list=$(printf '"%s",' "./" "${assets[@]}")
	sed -e "s|__VERSION__|$version|" -e "s|__ASSETS__|[${list%,}]|" web/sw.js >"$SITE/sw.js"
	log "site built in build/site (version $version, $wasm_name)"
}

# compress writes NAME.br and NAME.gz beside each text or wasm file over 1 KB.
# brotli -q 11 is the smallest (the wasm takes a few seconds, once per
# deploy); -w 24 is the largest window browsers accept (16 MB, more than the
# wasm, which -q 11 picks anyway for a file that size); --large_window would
# not be decoded by browsers. gzip -9 serves clients without brotli.
compress() {
	local dir=$1 f
	command -v brotli >/dev/null || die "dist needs brotli (Debian package brotli)"
	while IFS= read -r f; do
		brotli -q 11 -w 24 -k -f "$f"
		gzip -9 -n -k -f "$f"
	done < <(find "$dir" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' -o -name '*.svg' -o -name '*.webmanifest' \) -size +1k)
}

cmd_build() { build_site; }

cmd_serve() {
	build_site
	go run ./cmd/serve -dir "$SITE" -addr "${ADDR:-localhost:8080}"
}

cmd_dist() {
	build_site
	log "dist"
	rm -rf "$DIST"
	cp -r "$SITE" "$DIST"
	compress "$DIST"
	sizes "$DIST"
}

# sizes prints raw, gzip and brotli sizes of every asset the page loads.
sizes() {
	local dir=$1 f raw gz br total_raw=0 total_gz=0 total_br=0
	printf '%-40s %10s %10s %10s\n' asset raw gzip brotli
	while IFS= read -r f; do
		raw=$(stat -c %s "$dir/$f")
		gz=$(gzip -9 -n -c "$dir/$f" | wc -c)
		br=$(brotli -q 11 -w 24 -c "$dir/$f" | wc -c)
		total_raw=$((total_raw + raw)) total_gz=$((total_gz + gz)) total_br=$((total_br + br))
		printf '%-40s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
	done < <(cd "$dir" && find . -type f ! -name '*.br' ! -name '*.gz' ! -name '_headers' ! -name '*-512.png' ! -name '*-180.png' ! -name '*-192.png' | sed 's|^\./||' | sort)
	printf '%-40s %10d %10d %10d\n' "total (page load)" "$total_raw" "$total_gz" "$total_br"
}

cmd_sizes() { build_site; sizes "$SITE"; }

# find_chromium prints the browser's path, or nothing.
find_chromium() {
	local c
	for c in chromium chromium-browser google-chrome google-chrome-stable; do
		if command -v "$c" >/dev/null; then command -v "$c"; return; fi
	done
}

# need_browser fails in CI and skips locally when there is no Chromium.
need_browser() {
	if [[ -n "$(find_chromium)" ]]; then return 0; fi
	is_ci && die "Chromium is missing (CI=true: browser tests may not be skipped); install the Debian package chromium"
	log "SKIPPING $1: no Chromium found (install the Debian package chromium)"
	return 1
}

test_vet() {
	log "go vet (native and js/wasm)"
	go vet ./...
	GOOS=js GOARCH=wasm go vet ./wasm/
	go vet -tags e2e ./e2e/
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

test_native() {
	log "go test (native)"
	go test -count=1 ./...
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

test_wasm() {
	need_browser "wasm package tests" || return 0
	log "wasm package tests in headless Chromium (wasmbrowsertest)"
	mkdir -p "$BUILD/bin"
	go build -o "$BUILD/bin/wasmbrowsertest" github.com/agnivade/wasmbrowsertest
	# timeout: a test that breaks the test page would leave the browser waiting.
	timeout 600 env GOOS=js GOARCH=wasm go test -count=1 -exec="$BUILD/bin/wasmbrowsertest" ./wasm/
}

# axe_path prints where axe.min.js is, installing axe-core with npm ci if needed.
axe_path() {
	local axe=$ROOT/node_modules/axe-core/axe.min.js
	if [[ ! -f "$axe" ]] && command -v npm >/dev/null; then
		log "npm ci (axe-core)"
		npm ci --no-audit --no-fund >&2
	fi
	[[ -f "$axe" ]] && echo "$axe"
	return 0
}

test_e2e() {
	need_browser "end-to-end tests" || return 0
	build_site
	log "end-to-end tests in headless Chromium (chromedp)"
	MINUTES_SITE=$SITE MINUTES_CORPUS=$CORPUS MINUTES_AXE=$(axe_path) \
		go test -count=1 -tags e2e -timeout 15m ./e2e/
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
# it builds the site, copies it with the benchmark's pages, the hello-world
# wasm (the start baseline) and the editor's wasm with its memory hook
# (-tags bench, for the memory figure), compresses it as dist does, and runs
# bench/, which runs the Go benchmarks and the browser benchmark and prints
# the table.
cmd_bench() {
	build_site
	local dir=$BUILD/bench mdit=$ROOT/node_modules/markdown-it/dist/browser/markdown-it.umd.min.js
	if [[ ! -f "$mdit" ]]; then
		command -v npm >/dev/null || die "bench needs markdown-it: install npm, then run npm ci"
		log "npm ci (markdown-it)"
		npm ci --no-audit --no-fund >&2
	fi
	need_browser "the browser benchmark" || die "bench needs Chromium"
	log "bench site"
	rm -rf "$dir"
	mkdir -p "$dir" "$BUILD/bin"
	cp -r "$SITE" "$dir/site"
	GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o "$dir/site/web/hello.wasm" ./bench/hello
	GOOS=js GOARCH=wasm go build -tags bench -trimpath -ldflags="-s -w" -o "$dir/site/web/app-bench.wasm" ./wasm
	go build -o "$BUILD/bin/bench" ./bench
	"$BUILD/bin/bench" -prepare "$dir/site" -markdown-it "$mdit"
	compress "$dir/site"
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
