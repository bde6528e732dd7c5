// Package e2e holds the end-to-end tests of the editor page: the site as it
// ships, served by httptest and driven in headless Chromium with chromedp.
//
//	go test ./e2e/
//
// builds the site once for the test binary (internal/site, into a temporary
// directory) and runs every test. It needs Chromium (internal/chromium
// finds it), ../shared/corpus beside the repository and axe-core
// (`npm ci`); without them the tests that need them are skipped, and under
// CI=true they fail. The environment can point elsewhere: MINUTES_SITE (a
// site already built, e.g. by `./build.sh build`: build/site),
// MINUTES_CHROMIUM, MINUTES_CORPUS, MINUTES_AXE.
package e2e
