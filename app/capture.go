package app

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/software"

	"briefbench/compare"
	"briefbench/disk"
)

// frameSignal tells when the window has been drawn. Its raster sits,
// transparent, behind the content; the painter calls the raster's generator
// when it draws the first frame after a Refresh. After two such frames the
// frame holding the earlier changes has reached the screen, so a capture
// then shows it. This is a signal from the painter, not a guess of time.
type frameSignal struct {
	raster *canvas.Raster
	img    image.Image

	mu      sync.Mutex
	pending []func()
	frames  int // frames drawn since the last request
}

func newFrameSignal() *frameSignal {
	s := &frameSignal{img: image.NewNRGBA(image.Rect(0, 0, 1, 1))}
	s.raster = canvas.NewRaster(s.generate)
	return s
}

// after runs f on the UI goroutine once two frames have been drawn.
func (s *frameSignal) after(f func()) {
	s.mu.Lock()
	s.pending = append(s.pending, f)
	s.frames = 0
	s.mu.Unlock()
	s.raster.Refresh()
}

func (s *frameSignal) generate(_, _ int) image.Image {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.pending) == 0 {
		return s.img
	}
	s.frames++
	if s.frames < 2 {
		go fyne.Do(s.raster.Refresh)
		return s.img
	}
	fs := s.pending
	s.pending, s.frames = nil, 0
	go fyne.Do(func() {
		for _, f := range fs {
			f()
		}
	})
	return s.img
}

// captureOptions are the `gui --capture` settings.
type captureOptions struct {
	out   string
	topic string
	view  string
	// evidence is "AXIS:BRIEF": the positions view lists the evidence that
	// places BRIEF on AXIS.
	evidence string
	size     fyne.Size
	timeout  time.Duration // for the whole run (import, compare, draw)
}

// defaultCaptureTimeout is --timeout's default.
const defaultCaptureTimeout = 5 * time.Minute

// watchdogGrace is how long after the timeout the watchdog waits for the
// window to report it before it prints every goroutine and exits: a run
// whose UI stopped responding ends anyway, with something to debug.
const watchdogGrace = 30 * time.Second

// startCapture arranges for the window to be saved as PNG once the first
// comparison with briefs is drawn, then calls done with nil or the error
// (done then quits the app).
func (w *workbench) startCapture(o captureOptions, done func(error), stderr io.Writer) {
	if o.timeout <= 0 {
		o.timeout = defaultCaptureTimeout
	}
	watchdog := time.AfterFunc(o.timeout+watchdogGrace, func() {
		buf := make([]byte, 1<<20)
		n := runtime.Stack(buf, true)
		fmt.Fprintf(stderr, "briefbench: capture: the window stopped responding after %v; goroutines:\n%s\n", o.timeout, buf[:n])
		os.Exit(3)
	})
	var once sync.Once
	finish := func(err error) {
		once.Do(func() {
			watchdog.Stop()
			done(err)
		})
	}
	timer := time.AfterFunc(o.timeout, func() {
		fyne.Do(func() {
			finish(fmt.Errorf("capture: timed out after %v waiting for the comparison to be drawn", o.timeout))
		})
	})
	w.onFail = func(err error) {
		timer.Stop()
		finish(err)
	}
	w.onResult = append(w.onResult, func(res *compare.Result) {
		if len(res.Briefs) == 0 {
			return
		}
		w.onResult = nil
		if o.topic != "" {
			if res.Topic(o.topic) == nil {
				var ids []string
				for _, t := range res.Topics {
					ids = append(ids, t.ID)
				}
				timer.Stop()
				finish(fmt.Errorf("capture: no topic %q; topics: %s", o.topic, strings.Join(ids, ", ")))
				return
			}
			w.views.selectTopic(o.topic)
		}
		// The tab after the topic: selecting a topic shows it side by side.
		switch o.view {
		case "":
		case viewLibrary:
			w.tabs.Select(w.libTab)
		default:
			w.views.showTab(o.view)
		}
		if axis, id, ok := strings.Cut(o.evidence, ":"); ok {
			if a := res.Axis(axis); a == nil || res.Brief(id) == nil {
				timer.Stop()
				finish(fmt.Errorf("capture: --evidence %q: no such axis or brief", o.evidence))
				return
			}
			w.views.positions.onBriefSelected(axis, id)
		}
		w.afterDraw(func() {
			timer.Stop()
			img := w.snapshot()
			var buf bytes.Buffer
			if err := png.Encode(&buf, img); err != nil {
				finish(err)
				return
			}
			if err := disk.WriteBytes(o.out, buf.Bytes()); err != nil {
				finish(fmt.Errorf("capture: %w", err))
				return
			}
			finish(nil)
		})
	})
}

// validViews are the tabs --view accepts.
func validViews() []string {
	return []string{tabTopics, tabPositions, tabDifferences, tabSearch, viewLibrary}
}

// viewLibrary is the --view that shows the Library tab.
const viewLibrary = "library"

func checkView(v string) error {
	if v == "" || slices.Contains(validViews(), v) {
		return nil
	}
	return fmt.Errorf("--view %q: use one of %s", v, strings.Join(validViews(), ", "))
}

// snapshot returns the window as an image: the GPU frame when it can be read
// back, else the same content drawn by Fyne's software painter (under Xvfb's
// software GL the front buffer reads back black).
func (w *workbench) snapshot() image.Image {
	c := w.win.Canvas()
	if img := c.Capture(); img != nil && !uniform(img) {
		return img
	}
	content := w.win.Content()
	soft := software.NewCanvas()
	soft.SetScale(c.Scale())
	soft.SetContent(content)
	// Lay out twice: wrapped text settles its height on the second pass,
	// as it does over the window's first frames.
	size := c.Size()
	soft.Resize(size.SubtractWidthHeight(1, 1))
	soft.Capture()
	soft.Resize(size)
	soft.Capture()
	content.Refresh()
	img := soft.Capture()
	soft.SetContent(canvas.NewRectangle(nil))
	w.win.SetContent(content)
	return img
}

// uniform reports whether img is one colour, sampled on a grid.
func uniform(img image.Image) bool {
	b := img.Bounds()
	if b.Empty() {
		return true
	}
	first := img.At(b.Min.X, b.Min.Y)
	r0, g0, b0, a0 := first.RGBA()
	for y := b.Min.Y; y < b.Max.Y; y += max(1, b.Dy()/64) {
		for x := b.Min.X; x < b.Max.X; x += max(1, b.Dx()/64) {
			r, g, bb, a := img.At(x, y).RGBA()
			if r != r0 || g != g0 || bb != b0 || a != a0 {
				return false
			}
		}
	}
	return true
}
