package disk_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"briefbench/disk"
)

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// names lists dir's entries.
func names(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

func TestWrite(t *testing.T) {
	boom := errors.New("disk on fire")
	tests := []struct {
		name     string
		previous string // existing content, "" for none
		write    func(w io.Writer) error
		want     string // content afterwards, "" for no file
		err      error
	}{
		{"new file", "", text("new"), "new", nil},
		{"replace", "old", text("new"), "new", nil},
		{"failure keeps the old file", "old", func(w io.Writer) error {
			_, _ = io.WriteString(w, "half")
			return boom
		}, "old", boom},
		{"failure creates nothing", "", func(io.Writer) error { return boom }, "", boom},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "out.bin")
			if tc.previous != "" {
				if err := os.WriteFile(path, []byte(tc.previous), 0o640); err != nil {
					t.Fatal(err)
				}
			}
			err := disk.Write(path, tc.write)
			if !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want %v", err, tc.err)
			}
			if err != nil && !strings.Contains(err.Error(), path) {
				t.Errorf("error %q does not name %s", err, path)
			}
			if tc.want == "" {
				if _, err := os.Stat(path); !errors.Is(err, os.ErrNotExist) {
					t.Errorf("file exists after a failed first write")
				}
			} else if got := read(t, path); got != tc.want {
				t.Errorf("content %q, want %q", got, tc.want)
			}
			want := []string{"out.bin"}
			if tc.want == "" {
				want = nil
			}
			if got := names(t, dir); !slices.Equal(got, want) {
				t.Errorf("folder holds %v, want %v (temporary files left?)", got, want)
			}
			if tc.previous != "" && tc.err == nil {
				st, _ := os.Stat(path)
				if st.Mode().Perm() != 0o640 {
					t.Errorf("mode %v, want the previous file's 0640", st.Mode().Perm())
				}
			}
		})
	}
}

func TestWriteFolderInTheWay(t *testing.T) {
	dir := t.TempDir()
	err := disk.WriteBytes(dir, []byte("x"))
	if !errors.Is(err, disk.ErrIsFolder) || !strings.Contains(err.Error(), dir) {
		t.Fatalf("err = %v, want ErrIsFolder naming %s", err, dir)
	}
}

// A symbolic link is written through: the link stays a link and its target
// gets the new content.
func TestWriteThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real", "work.briefbench")
	if err := os.MkdirAll(filepath.Dir(real), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.briefbench")
	if err := os.Symlink(filepath.Join("real", "work.briefbench"), link); err != nil {
		t.Fatal(err)
	}
	if err := disk.WriteBytes(link, []byte("new")); err != nil {
		t.Fatal(err)
	}
	st, err := os.Lstat(link)
	if err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced by a regular file (%v)", err)
	}
	if got := read(t, real); got != "new" {
		t.Errorf("link target holds %q, want new", got)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"link.briefbench", "real"}) {
		t.Errorf("folder holds %v", got)
	}
}

// Temporary files left by a killed write are removed by the next write to
// the same folder; one that a live writer holds is kept; files of other
// shapes are never touched.
func TestWriteCleansStaleTemps(t *testing.T) {
	dir := t.TempDir()
	stale := filepath.Join(dir, ".briefbench-memo.md.0a1b2c.tmp")
	staleDir := filepath.Join(dir, ".briefbench-csv.0a1b2c.tmp")
	mine := filepath.Join(dir, ".memo.md.swp")
	for _, p := range []string{stale, mine} {
		if err := os.WriteFile(p, make([]byte, 1<<20), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(filepath.Join(staleDir), 0o755); err != nil {
		t.Fatal(err)
	}
	busy := filepath.Join(dir, ".briefbench-other.md.ffeedd.tmp")
	f, err := os.Create(busy)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	release := holdLock(t, f)
	if err := disk.WriteBytes(filepath.Join(dir, "memo.md"), []byte("memo")); err != nil {
		t.Fatal(err)
	}
	want := []string{".briefbench-other.md.ffeedd.tmp", ".memo.md.swp", "memo.md"}
	if got := names(t, dir); !slices.Equal(got, want) {
		t.Errorf("after the write the folder holds %v, want %v", got, want)
	}
	release()
}

func TestWriteFolder(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "csv")
	set := func(tag string) func(f *disk.Folder) error {
		return func(f *disk.Folder) error {
			for _, n := range []string{"overview.csv", "passages.csv"} {
				if err := f.Write(n, text(tag+" "+n)); err != nil {
					return err
				}
			}
			return nil
		}
	}
	if err := disk.WriteFolder(dir, set("first")); err != nil {
		t.Fatal(err)
	}
	if err := disk.WriteFolder(dir, set("second")); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"overview.csv", "passages.csv"} {
		if got := read(t, filepath.Join(dir, n)); got != "second "+n {
			t.Errorf("%s holds %q", n, got)
		}
	}
	boom := errors.New("boom")
	err := disk.WriteFolder(dir, func(f *disk.Folder) error {
		if err := f.Write("overview.csv", text("third")); err != nil {
			return err
		}
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v", err)
	}
	if got := read(t, filepath.Join(dir, "overview.csv")); got != "second overview.csv" {
		t.Errorf("a failed set changed overview.csv to %q", got)
	}
	if got := names(t, parent); !slices.Equal(got, []string{"csv"}) {
		t.Errorf("parent holds %v", got)
	}
	st, _ := os.Stat(dir)
	if st.Mode().Perm() != 0o777&^umask() {
		t.Errorf("folder mode %v", st.Mode().Perm())
	}

	// A folder with other files in it is never replaced.
	if err := os.WriteFile(filepath.Join(dir, "brief.docx"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = disk.WriteFolder(dir, set("fourth"))
	if !errors.Is(err, disk.ErrForeign) || !strings.Contains(err.Error(), "brief.docx") {
		t.Fatalf("err = %v, want ErrForeign naming brief.docx", err)
	}
	if got := read(t, filepath.Join(dir, "brief.docx")); got != "mine" {
		t.Error("the user's file was touched")
	}
}

// The folder's error names the user's file, not the temporary folder's.
func TestWriteFolderErrorNamesUserFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	err := disk.WriteFolder(dir, func(f *disk.Folder) error {
		if err := f.Write("a.csv", text("a")); err != nil {
			return err
		}
		return f.Write("a.csv", text("again"))
	})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "a.csv")) || strings.Contains(err.Error(), ".briefbench-") {
		t.Fatalf("err = %v, want one naming %s only", err, filepath.Join(dir, "a.csv"))
	}
}

// killEnv makes the test binary act as a writer that is killed part-way.
const killEnv = "DISK_TEST_KILL_IN"

func TestMain(m *testing.M) {
	if dir := os.Getenv(killEnv); dir != "" {
		if strings.HasSuffix(dir, "/") {
			_ = disk.WriteFolder(dir, func(f *disk.Folder) error {
				_ = f.Write("overview.csv", text("new overview"))
				os.Exit(3)
				return nil
			})
		}
		_ = disk.Write(filepath.Join(dir, "memo.md"), func(w io.Writer) error {
			_, _ = w.Write(make([]byte, 1<<20))
			os.Exit(3)
			return nil
		})
	}
	os.Exit(m.Run())
}

// killed runs a writer in a child process that dies part-way.
func killed(t *testing.T, dir string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killEnv+"="+dir)
	if err := cmd.Run(); err == nil {
		t.Fatal("the child was not killed")
	}
}

// Case 5 and 6 of issue 13: a CSV set killed part-way leaves the old set
// whole, and its litter goes with the next write.
func TestWriteKilledPartWay(t *testing.T) {
	parent := t.TempDir()
	dir := filepath.Join(parent, "csv")
	old := func(f *disk.Folder) error {
		if err := f.Write("overview.csv", text("old overview")); err != nil {
			return err
		}
		return f.Write("passages.csv", text("old passages"))
	}
	if err := disk.WriteFolder(dir, old); err != nil {
		t.Fatal(err)
	}
	killed(t, dir+"/")
	if got := read(t, filepath.Join(dir, "overview.csv")); got != "old overview" {
		t.Errorf("killed set left overview.csv = %q: a mixed set", got)
	}
	if len(names(t, parent)) != 2 {
		t.Fatalf("expected the killed write's temporary folder, found %v", names(t, parent))
	}
	// The next write to parent, killed in turn, cleans the first one's
	// folder and leaves its own file.
	killed(t, parent)
	if got := names(t, parent); len(got) != 2 || !strings.HasPrefix(got[0], ".briefbench-memo.md.") {
		t.Fatalf("expected only the killed file write's temporary file, found %v", got)
	}
	if err := disk.WriteFolder(dir, old); err != nil {
		t.Fatal(err)
	}
	if got := names(t, parent); !slices.Equal(got, []string{"csv"}) {
		t.Errorf("litter after the next write: %v", got)
	}
}

func ExampleWrite() {
	dir, _ := os.MkdirTemp("", "example")
	defer os.RemoveAll(dir)
	err := disk.Write(filepath.Join(dir, "memo.md"), func(w io.Writer) error {
		_, err := fmt.Fprintln(w, "# Memo")
		return err
	})
	fmt.Println(err)
	// Output: <nil>
}

// A write that panics leaves neither a temporary file nor a changed target.
func TestWritePanicLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	func() {
		defer func() { _ = recover() }()
		_ = disk.Write(path, func(w io.Writer) error {
			_, _ = io.WriteString(w, "half")
			panic("writer bug")
		})
	}()
	func() {
		defer func() { _ = recover() }()
		_ = disk.WriteFolder(filepath.Join(dir, "csv"), func(f *disk.Folder) error {
			_ = f.Write("a.csv", text("a"))
			panic("writer bug")
		})
	}()
	if got := names(t, dir); !slices.Equal(got, []string{"out.md"}) || read(t, path) != "old" {
		t.Errorf("after panics the folder holds %v, out.md %q", got, read(t, path))
	}
}
