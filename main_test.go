package main

import (
	"context"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestGUICapture builds the real binary (GL driver, no ci tag) and runs
// `briefbench gui --capture` on the bundled samples under Xvfb: the PNG must
// have the requested size (or a whole multiple of it when the display
// scales) and show a drawn window, not a blank one.
func TestGUICapture(t *testing.T) {
	xvfb, err := exec.LookPath("xvfb-run")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("xvfb-run not found: install xvfb (make test-deps)")
		}
		t.Skip("xvfb-run not found; install xvfb to run the GUI capture test")
	}
	if testing.Short() {
		t.Skip("builds the GUI binary; skipped with -short")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "briefbench")
	build := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	for _, tc := range []struct {
		name  string
		theme string
		args  []string
	}{
		{"light", "light", nil},
		{"dark positions", "", []string{"--dark", "--view", "positions"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(dir, "shot.png")
			// The app gives up after --timeout and its watchdog ends a
			// stuck window 30 s later with a goroutine dump; the context
			// is the last resort, so a hang fails in minutes, not at the
			// test binary's deadline.
			args := append([]string{"-a", "-s", "-screen 0 1600x1000x24", bin, "gui", "--capture", out, "--size", "1280x800", "--timeout", "90s"}, tc.args...)
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, xvfb, args...)
			cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // xvfb-run, Xvfb and the app
			cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
			cmd.WaitDelay = 10 * time.Second
			cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8", "HOME="+dir, "XDG_CONFIG_HOME="+filepath.Join(dir, "config"))
			if tc.theme != "" {
				cmd.Env = append(cmd.Env, "FYNE_THEME="+tc.theme)
			}
			if msg, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("capture: %v\n%s", err, msg)
			}
			f, err := os.Open(out)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			img, err := png.Decode(f)
			if err != nil {
				t.Fatal(err)
			}
			b := img.Bounds()
			if b.Dx()*800 != b.Dy()*1280 || b.Dx() < 1280 || b.Dx()%1280 != 0 {
				t.Errorf("PNG is %dx%d, want 1280x800 or a multiple", b.Dx(), b.Dy())
			}
			if n := distinctColours(img, 20); n < 20 {
				t.Errorf("PNG looks blank: %d distinct colours", n)
			}
		})
	}
}

// distinctColours counts distinct colours in img, stopping at limit.
func distinctColours(img image.Image, limit int) int {
	seen := map[color.RGBA]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), uint8(a >> 8)}] = true
			if len(seen) >= limit {
				return len(seen)
			}
		}
	}
	return len(seen)
}
