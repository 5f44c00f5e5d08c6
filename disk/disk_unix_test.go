//go:build unix

package disk_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"briefbench/disk"
)

func holdLock(t *testing.T, f *os.File) (release func()) {
	t.Helper()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Fatal(err)
	}
	return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN) }
}

func umask() os.FileMode {
	m := syscall.Umask(0)
	syscall.Umask(m)
	return os.FileMode(m)
}

// A new file gets 0666 less the umask (0644 under 022), as other programs'
// files do, not os.CreateTemp's 0600.
func TestWriteModeFollowsUmask(t *testing.T) {
	for _, mask := range []int{0o022, 0o002, 0o077} {
		old := syscall.Umask(mask)
		path := filepath.Join(t.TempDir(), "out.xlsx")
		err := disk.WriteBytes(path, []byte("x"))
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := os.Stat(path)
		if want := os.FileMode(0o666 &^ mask); st.Mode().Perm() != want {
			t.Errorf("umask %03o: mode %v, want %v", mask, st.Mode().Perm(), want)
		}
	}
}

// A write that runs out of space names the user's file, not the temporary
// one, and leaves nothing behind. RLIMIT_FSIZE stands in for a full disk.
func TestWriteFullDiskNamesUserFile(t *testing.T) {
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "workbook.xlsx")
	lim := old
	lim.Cur = 1 << 20
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		t.Skip(err)
	}
	err := disk.WriteBytes(path, make([]byte, 4<<20))
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	if err == nil {
		t.Fatal("a write past the size limit succeeded")
	}
	if !strings.HasPrefix(err.Error(), "write "+path+": ") || strings.Contains(err.Error(), ".briefbench-") {
		t.Errorf("error %q should name %s and not the temporary file", err, path)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 0 {
		t.Errorf("left behind: %v", ents)
	}
}

func TestTryLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "session.lock")
	if disk.Held(path) {
		t.Fatal("a missing lock file is held")
	}
	l, err := disk.TryLock(path)
	if err != nil {
		t.Fatal(err)
	}
	if !disk.Held(path) {
		t.Error("a held lock reads as free")
	}
	if _, err := disk.TryLock(path); !errors.Is(err, disk.ErrLocked) {
		t.Errorf("second lock: %v, want ErrLocked", err)
	}
	l.Release()
	if disk.Held(path) {
		t.Error("released lock still held")
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("Release left the lock file")
	}
}
