package app

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"

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

// PlainLocale applies plainLocale to the process environment; call it
// first thing, before anything asks Fyne for translations (the CLI's
// subcommands too: the GUI packages are linked in).
func PlainLocale() { plainLocale(os.Getenv, os.Setenv) }

// plainLocale sets LANG to en_US.UTF-8 when the locale is the bare C or
// POSIX one (or unset), which Fyne cannot parse and complains about on
// every start. An analyst's real locale is left alone.
func plainLocale(getenv func(string) string, setenv func(string, string) error) {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(k)
		if v == "" {
			continue
		}
		base, _, _ := strings.Cut(v, ".")
		if base != "C" && base != "POSIX" {
			return
		}
		break
	}
	_ = setenv("LANG", "en_US.UTF-8")
	if v := getenv("LC_ALL"); v != "" {
		_ = setenv("LC_ALL", "en_US.UTF-8")
	}
}
