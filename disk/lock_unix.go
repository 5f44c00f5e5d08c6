//go:build unix

package disk

import (
	"os"
	"syscall"
)

// lock takes an advisory lock on f that tells clean the file is in use; the
// lock goes with the process, so a killed writer's file is free to clean.
func lock(f *os.File) (unlock func()) {
	unlock, _ = tryLock(f)
	return unlock
}

// tryLock takes an exclusive advisory lock on f without waiting.
func tryLock(f *os.File) (unlock func(), ok bool) {
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) != nil {
		return func() {}, false
	}
	return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }, true
}

// stale reports whether no live writer holds the temporary file or folder
// at path.
func stale(path string) bool {
	if _, err := os.Stat(path); err != nil {
		return false
	}
	return !Held(path)
}
