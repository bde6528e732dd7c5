package main

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/cpansec/minutes/internal/chromium"
)

// machine says where and on what the figures were taken.
type machine struct {
	date     time.Time
	cpus     int
	cpu      string
	chromium string
	goVer    string
	commit   string
	// The load average (1 minute) at the start and the end of the run:
	// the machine is shared, and other work slows every figure.
	loadStart, loadEnd string
}

func (m machine) String() string {
	return fmt.Sprintf("%s · %d CPUs (%s) · %s · %s · %s · load average %s at the start, %s at the end",
		m.date.Format("2006-01-02 15:04 MST"), m.cpus, m.cpu, m.chromium, m.goVer, m.commit, m.loadStart, m.loadEnd)
}

func describeMachine() (machine, error) {
	m := machine{date: time.Now().UTC(), cpus: runtime.NumCPU(), goVer: runtime.Version(), cpu: cpuModel(), loadStart: loadAverage()}
	chrome, err := chromium.Find()
	if err != nil {
		return m, err
	}
	// Only stdout: Debian's wrapper script may print noise on stderr.
	if out, err := exec.Command(chrome, "--version").Output(); err == nil {
		m.chromium = strings.TrimSpace(string(out))
	}
	m.commit = commit()
	return m, nil
}

// cpuModel is the first "model name" of /proc/cpuinfo.
func cpuModel() string {
	f, err := os.Open("/proc/cpuinfo")
	if err != nil {
		return runtime.GOARCH
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH
}

// commit names the checkout measured, and says when files differ from it:
// the site is built from the working tree.
func commit() string {
	out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "commit unknown"
	}
	c := "commit " + strings.TrimSpace(string(out))
	if st, err := exec.Command("git", "status", "--porcelain", "--", "core", "wasm", "web", "index.html").Output(); err == nil && len(st) > 0 {
		c += " + uncommitted changes"
	}
	return c
}

// loadAverage is the first field of /proc/loadavg.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	if f := strings.Fields(string(b)); len(f) > 0 {
		return f[0]
	}
	return "unknown"
}
