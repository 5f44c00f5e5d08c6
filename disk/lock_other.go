//go:build !unix

package disk

import (
	"os"
	"time"
)

// staleAge is how old a temporary file must be before clean removes it
// where there are no advisory locks.
const staleAge = time.Hour

func lock(*os.File) (unlock func()) { return func() {} }

func tryLock(*os.File) (unlock func(), ok bool) { return func() {}, true }

// stale reports whether the temporary file at path is older than staleAge.
func stale(path string) bool {
	st, err := os.Stat(path)
	return err == nil && time.Since(st.ModTime()) > staleAge
}
