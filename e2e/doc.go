// Package e2e holds the end-to-end tests of the editor page: a built site
// served by httptest and driven in headless Chromium with chromedp. They
// need the build tag e2e and the built site:
//
//	./build.sh test
//
// or, by hand, after ./build.sh build:
//
//	MINUTES_SITE=build/site MINUTES_AXE=node_modules/axe-core/axe.min.js go test -tags e2e ./e2e/
package e2e
