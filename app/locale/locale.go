// Package locale gives the process a locale Fyne can parse before Fyne
// reads it. Fyne's translations look the locale up while the program's
// packages are initialised, and under the bare C or POSIX locale (the
// default in containers and on a fresh Debian, "C.UTF-8") they log a
// three-line error on every start, CLI subcommands included. Importing
// this package for its side effect sets LANG=en_US.UTF-8 in those cases
// only; Go initialises it before Fyne (it needs only the standard library
// and its import path sorts first). A real locale is left alone.
package locale

import (
	"os"
	"strings"
)

func init() { Plain(os.Getenv, os.Setenv) }

// Plain sets LANG (and LC_ALL when set) to en_US.UTF-8 when the locale in
// effect, the first of LC_ALL, LC_MESSAGES and LANG that is set, is the C
// or POSIX one, or when none is set.
func Plain(getenv func(string) string, setenv func(string, string) error) {
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
	if getenv("LC_ALL") != "" {
		_ = setenv("LC_ALL", "en_US.UTF-8")
	}
}
