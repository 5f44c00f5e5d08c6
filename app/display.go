package app

import (
	"errors"
	"fmt"
	"runtime"

	"fyne.io/fyne/v2"
)

// errNoDisplay explains what to do without a screen.
var errNoDisplay = errors.New("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); " +
	"run it in a desktop session, or use the import, compare and export subcommands, " +
	"or `xvfb-run briefbench gui --capture OUT.png FILE ...` for a screenshot")

// checkDisplay reports errNoDisplay on X11/Wayland systems with neither
// display variable set, before the window system is touched.
func checkDisplay(getenv func(string) string) error {
	switch runtime.GOOS {
	case "windows", "darwin", "android", "ios", "js":
		return nil
	}
	if getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
		return errNoDisplay
	}
	return nil
}

// newWindow creates the window, turning the window system's panic when
// the display cannot be opened (DISPLAY names no running server) into an
// error.
func newWindow(a fyne.App, title string) (win fyne.Window, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("cannot open a window: %v; is the display running? "+
				"Without one, use the import, compare and export subcommands, "+
				"or `xvfb-run briefbench gui --capture OUT.png FILE ...`", r)
		}
	}()
	return a.NewWindow(title), nil
}
