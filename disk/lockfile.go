package disk

import (
	"errors"
	"fmt"
	"os"
)

// ErrLocked means another process (or another Lock in this one) holds the
// lock file.
var ErrLocked = errors.New("in use by another Briefbench window")

// Lock is an advisory lock on a file, held until Release or until the
// process ends (a crash releases it too). Where the platform has no
// advisory locks, TryLock always succeeds.
type Lock struct {
	f       *os.File
	release func()
}

// TryLock creates path if needed and locks it without waiting.
func TryLock(path string) (*Lock, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o666)
	if err != nil {
		return nil, fmt.Errorf("lock %s: %w", path, bare(err))
	}
	release, ok := tryLock(f)
	if !ok {
		_ = f.Close()
		return nil, fmt.Errorf("lock %s: %w", path, ErrLocked)
	}
	return &Lock{f: f, release: release}, nil
}

// Release unlocks and removes the lock file.
func (l *Lock) Release() {
	if l == nil || l.f == nil {
		return
	}
	_ = os.Remove(l.f.Name())
	l.release()
	_ = l.f.Close()
	l.f = nil
}

// Held reports whether a live Lock holds the lock file at path.
func Held(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	release, ok := tryLock(f)
	if ok {
		release()
	}
	return !ok
}
