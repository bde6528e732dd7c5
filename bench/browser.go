package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/cpansec/minutes/internal/chromium"
	"github.com/cpansec/minutes/web"
)

// browser is one headless Chromium for the whole run.
type browser struct {
	ctx    context.Context
	cancel context.CancelFunc
	site   string
}

// startBrowser starts Chromium as the end-to-end tests do (internal/chromium).
func startBrowser(site string) (*browser, error) {
	chrome, err := chromium.Find()
	if err != nil {
		return nil, err
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromium.Options(chrome)...)
	ctx, cancelBrowser := chromedp.NewContext(allocCtx)
	if err := chromedp.Run(ctx); err != nil {
		cancelBrowser()
		cancelAlloc()
		return nil, fmt.Errorf("cannot start Chromium: %w", err)
	}
	return &browser{ctx: ctx, site: site, cancel: func() { cancelBrowser(); cancelAlloc() }}, nil
}

// tab is a browser tab on its own server, so on its own origin: its own
// storage, service worker and (with a new browser context) HTTP cache.
type tab struct {
	ctx    context.Context
	url    string
	server *recorder
	close  func()
	mu     sync.Mutex
	thrown []string // uncaught exceptions in the page
}

// newTab opens a tab on a new server for the site, brought to the front
// (a tab in the background gets no animation frames). The new server's
// port makes a new origin: nothing cached, stored or installed by an
// earlier tab applies, as on a first visit.
func (b *browser) newTab(timeout time.Duration) (*tab, error) {
	rec := &recorder{h: web.Handler(b.site)}
	srv := httptest.NewServer(rec)
	ctx, cancel := chromedp.NewContext(b.ctx)
	ctx, cancelTimeout := context.WithTimeout(ctx, timeout)
	t := &tab{ctx: ctx, url: srv.URL, server: rec, close: func() { cancelTimeout(); cancel(); srv.Close() }}
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*runtime.EventExceptionThrown); ok {
			text := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				text += " " + e.ExceptionDetails.Exception.Description
			}
			t.mu.Lock()
			t.thrown = append(t.thrown, text)
			t.mu.Unlock()
		}
	})
	if err := chromedp.Run(ctx, page.BringToFront()); err != nil {
		t.close()
		return nil, err
	}
	return t, nil
}

// run runs actions in the tab.
func (t *tab) run(actions ...chromedp.Action) error { return chromedp.Run(t.ctx, actions...) }

// eval evaluates a JavaScript expression, awaiting a promise, into out.
func (t *tab) eval(expr string, out any) error {
	err := t.run(chromedp.Evaluate(expr, out, func(p *runtime.EvaluateParams) *runtime.EvaluateParams {
		return p.WithAwaitPromise(true)
	}))
	if err != nil {
		return fmt.Errorf("%s: %w%s", shorten(expr), err, t.exceptions())
	}
	return nil
}

// exceptions lists the page's uncaught exceptions, for error messages.
func (t *tab) exceptions() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.thrown) == 0 {
		return ""
	}
	return " (uncaught in the page: " + strings.Join(t.thrown, "; ") + ")"
}

// openPage navigates to page and waits until the app is ready.
func (t *tab) openPage(page string) error {
	if err := t.run(chromedp.Navigate(t.url + "/" + page)); err != nil {
		return fmt.Errorf("%s: %w%s", page, err, t.exceptions())
	}
	return t.waitStarted(page)
}

// waitStarted waits until the page is ready, or fails saying why not.
func (t *tab) waitStarted(page string) error {
	var state string
	if err := t.eval(startedJS, &state); err != nil {
		return err
	}
	if state != "ready" {
		var why string
		_ = t.eval(`document.getElementById("load-error").textContent`, &why)
		return fmt.Errorf("%s did not start: data-state=%q: %s%s", page, state, why, t.exceptions())
	}
	return nil
}

// startedJS resolves with the page's data-state once it is ready or error.
const startedJS = `new Promise(resolve => {
	const check = () => {
		const s = document.documentElement.dataset.state;
		if (s === "ready" || s === "error") resolve(s); else setTimeout(check, 10);
	};
	check();
})`

func shorten(s string) string {
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}
