package app

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"

	"briefbench/resources"
	"briefbench/workspace"
)

// AppID is the application ID, as in FyneApp.toml.
const AppID = "org.briefbench.app"

// config is the parsed command line.
type config struct {
	paths   []string // files, folders or one workspace
	capture captureOptions
	// theme is "light" or "dark" to override the system's choice, "" to
	// follow it.
	theme string
}

// parseArgs parses `[gui flags] [FILE|DIR|WORKSPACE ...]`.
func parseArgs(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("briefbench gui", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.capture.out, "capture", "", "save the window as PNG to `OUT.png` once the comparison is drawn, then exit")
	fs.StringVar(&c.capture.topic, "topic", "", "select topic `ID` before capturing")
	fs.StringVar(&c.capture.view, "view", "", "show `VIEW` (topics, positions, differences, search, library)")
	fs.StringVar(&c.capture.evidence, "evidence", "", "with --view positions: list the evidence of `AXIS:BRIEF` (IDs) before capturing")
	size := fs.String("size", "1280x800", "window size `WxH`")
	fs.DurationVar(&c.capture.timeout, "timeout", defaultCaptureTimeout, "with --capture: give up (exit 1) when the window is not drawn within `DURATION`")
	dark := fs.Bool("dark", false, "use the dark theme (default: follow the system)")
	light := fs.Bool("light", false, "use the light theme (default: follow the system)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	switch {
	case *dark && *light:
		return c, errors.New("--dark and --light: choose one")
	case *dark:
		c.theme = "dark"
	case *light:
		c.theme = "light"
	}
	c.paths = fs.Args()
	sz, err := parseSize(*size)
	if err != nil {
		return c, err
	}
	c.capture.size = sz
	if err := checkView(c.capture.view); err != nil {
		return c, err
	}
	if c.capture.out == "" && (c.capture.topic != "" || c.capture.evidence != "") {
		return c, errors.New("--topic and --evidence need --capture")
	}
	if c.capture.evidence != "" && (c.capture.view != tabPositions || !strings.Contains(c.capture.evidence, ":")) {
		return c, errors.New("--evidence AXIS:BRIEF goes with --view positions")
	}
	return c, nil
}

func parseSize(s string) (fyne.Size, error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if !ok || err1 != nil || err2 != nil || w < 320 || h < 240 || w > 10000 || h > 10000 {
		return fyne.Size{}, fmt.Errorf("--size %q: use WIDTHxHEIGHT, e.g. 1280x800", s)
	}
	return fyne.NewSize(float32(w), float32(h)), nil
}

// Main runs the GUI with the command-line args (files, folders or a
// workspace; or gui flags such as --capture) and returns the exit status.
func Main(args []string, stderr io.Writer) int {
	c, err := parseArgs(args, stderr)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		fmt.Fprintln(stderr, "briefbench:", err)
		return 2
	}
	if c.theme != "" {
		os.Setenv("FYNE_THEME", c.theme)
	}
	configDir := ""
	if dir, err := os.UserConfigDir(); err == nil {
		configDir = filepath.Join(dir, "briefbench")
	}
	if err := checkDisplay(os.Getenv); err != nil {
		fmt.Fprintln(stderr, "briefbench:", err)
		return 2
	}
	a := fyneapp.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource("icon.png", resources.Icon()))
	win, err := newWindow(a, "Briefbench")
	if err != nil {
		fmt.Fprintln(stderr, "briefbench:", err)
		return 2
	}
	capturing := c.capture.out != ""
	if capturing {
		configDir = "" // a scripted run leaves no recovery file
	}
	w := newWorkbench(a, win, goRunner, configDir)
	signal := newFrameSignal()
	w.afterDraw = signal.after
	win.SetContent(container.NewStack(signal.raster, w.buildUI()))
	win.SetMainMenu(w.menu())
	w.addShortcuts()
	win.SetOnDropped(w.onDropped)
	win.SetCloseIntercept(w.onQuit)
	win.Resize(c.capture.size)

	status := 0
	if capturing {
		w.startCapture(c.capture, func(err error) {
			if err != nil {
				fmt.Fprintln(stderr, "briefbench:", err)
				status = 1
			}
			a.Quit()
		}, stderr)
	}
	// Load once the event loop runs, so that even an immediate failure
	// (an unreadable workspace in a capture run) can quit cleanly.
	a.Lifecycle().SetOnStarted(func() { w.open(c.paths, !capturing) })
	win.ShowAndRun()
	return status
}

// open loads the command-line paths: one workspace file, or files and
// folders to import; with none, the bundled samples. An interactive start
// first offers to recover the work of any session that crashed, whatever
// the paths, and records opened workspaces as recent. Recovered work stays
// open: files given are imported into it, a workspace given is not opened
// (the status bar says so).
func (w *workbench) open(paths []string, interactive bool) {
	if !interactive {
		w.openPaths(paths, false)
		return
	}
	w.offerRecovery(func(recovered bool) {
		if !recovered {
			w.openPaths(paths, true)
			return
		}
		if len(paths) == 1 && strings.EqualFold(filepath.Ext(paths[0]), workspace.Ext) {
			w.status.end(w.status.seq, "Recovered unsaved work; "+filepath.Base(paths[0])+" was not opened (File › Open it once this work is saved)", false)
			return
		}
		if len(paths) > 0 {
			w.importPaths(paths)
		}
	})
}

// openPaths opens paths as open describes, without recovery.
func (w *workbench) openPaths(paths []string, interactive bool) {
	if len(paths) == 1 && strings.EqualFold(filepath.Ext(paths[0]), workspace.Ext) {
		ws, err := workspace.Read(paths[0])
		if err != nil {
			w.showError(err)
			w.fail(err)
			return
		}
		w.setWorkspace(ws, paths[0])
		if interactive {
			w.addRecent(paths[0])
		}
		return
	}
	if len(paths) > 0 {
		w.importPaths(paths)
		return
	}
	w.loadSamples()
}
