package app

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// runner runs long work off the UI goroutine: a new goroutine in production,
// a plain call in tests so they need no waiting. Work reports to the UI only
// through fyne.Do.
type runner func(work func())

// goRunner runs work on a new goroutine.
func goRunner(work func()) { go work() }

// syncRunner runs work at once on the caller's goroutine (tests).
func syncRunner(work func()) { work() }

// progressFunc reports a task's progress: a fraction 0..1 and what it is
// doing. It may be called from any goroutine.
type progressFunc func(done float64, msg string)

// status is the bar at the bottom of the window: the running task with its
// progress and a Cancel button, or the last error.
type status struct {
	bar    *widget.ProgressBar
	label  *widget.Label
	cancel *widget.Button
	box    *fyne.Container

	seq  int                // id of the task shown
	stop context.CancelFunc // cancels the task shown
}

// statusBarWidth is the progress bar's width in the status bar.
const statusBarWidth = 240

func newStatus() *status {
	s := &status{
		bar:   widget.NewProgressBar(),
		label: widget.NewLabel(""),
	}
	// One line: details of failures go to dialogs.
	s.label.Truncation = fyne.TextTruncateEllipsis
	s.cancel = widget.NewButtonWithIcon("Cancel", theme.CancelIcon(), s.onCancel)
	// A bar wide enough to read as one, not just its percentage.
	bar := container.NewGridWrap(fyne.NewSize(statusBarWidth, s.bar.MinSize().Height), s.bar)
	s.box = container.NewBorder(nil, nil, nil, container.NewHBox(bar, s.cancel), s.label)
	s.bar.Hide()
	s.cancel.Hide()
	return s
}

func (s *status) buildUI() fyne.CanvasObject { return s.box }

func (s *status) onCancel() {
	if s.stop != nil {
		s.stop()
	}
	s.label.SetText("Cancelling…")
}

// begin shows a new task and returns its id.
func (s *status) begin(name string, stop context.CancelFunc) int {
	s.seq++
	s.stop = stop
	s.label.Importance = widget.MediumImportance
	s.label.SetText(name + "…")
	s.bar.SetValue(0)
	s.bar.Show()
	s.cancel.Show()
	return s.seq
}

// update shows progress of task id, if it is still the one shown.
func (s *status) update(id int, done float64, msg string) {
	if id != s.seq {
		return
	}
	s.bar.SetValue(done)
	if msg != "" {
		s.label.SetText(msg)
	}
}

// settle clears an error line (shown in red) once the analyst has moved on
// to something else: the failure was also reported in a dialog, and a red
// line left under later work reads as if that work had failed.
func (s *status) settle() {
	if s.label.Importance != widget.DangerImportance || s.stop != nil {
		return
	}
	s.label.Importance = widget.MediumImportance
	s.label.SetText("")
}

// end hides task id's progress and shows msg (an error when failed).
func (s *status) end(id int, msg string, failed bool) {
	if id != s.seq {
		return
	}
	s.stop = nil
	s.bar.Hide()
	s.cancel.Hide()
	if failed {
		s.label.Importance = widget.DangerImportance
	} else {
		s.label.Importance = widget.MediumImportance
	}
	s.label.SetText(msg)
}

// task runs work through the workbench's runner with a cancellable context,
// showing progress in the status bar. work runs off the UI goroutine and
// returns a function to apply its result on the UI goroutine (or nil) and a
// message for the status bar. stop, when not nil, receives the cancel
// function so the caller can cancel superseded work.
func (w *workbench) task(name string, work func(ctx context.Context, p progressFunc) (apply func(), msg string, err error)) context.CancelFunc {
	ctx, cancel := context.WithCancel(context.Background())
	id := w.status.begin(name, cancel)
	w.run(func() {
		defer cancel()
		p := func(done float64, msg string) {
			fyne.Do(func() { w.status.update(id, done, msg) })
		}
		apply, msg, err := work(ctx, p)
		fyne.Do(func() {
			// The status first, so that apply can replace it with a
			// more precise one (a list of failures).
			switch {
			case err != nil && ctx.Err() != nil:
				w.status.end(id, name+": cancelled", false)
			case err != nil:
				w.status.end(id, name+" failed: "+err.Error(), true)
				w.fail(fmt.Errorf("%s failed: %w", name, err))
			default:
				w.status.end(id, msg, false)
			}
			if apply != nil {
				apply()
			}
		})
	})
	return cancel
}
