package main

import (
	"io"
	"os"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal a person is watching.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress shows a bar on a terminal and nothing when output is piped or
// NO_COLOR-style quiet is asked for, so logs and scripts stay clean.
type progress struct {
	bar *progressbar.ProgressBar
}

// newProgress returns a progress display for total steps, or a silent one
// when w is not a terminal.
func newProgress(e *env, w io.Writer, total int, label string) *progress {
	if !isTerminal(w) || total < 1000 {
		// Short imports finish before a bar would be any help.
		return &progress{}
	}
	opts := []progressbar.Option{
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(label),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionThrottle(100_000_000),
	}
	if e.getenv("NO_COLOR") == "" {
		opts = append(opts, progressbar.OptionEnableColorCodes(true))
	}
	return &progress{bar: progressbar.NewOptions(total, opts...)}
}

func (p *progress) set(done int) {
	if p.bar != nil {
		p.bar.Set(done)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
