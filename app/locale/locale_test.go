package locale

import "testing"

func TestPlain(t *testing.T) {
	for _, tc := range []struct {
		name     string
		env      map[string]string
		wantLang string
	}{
		{"unset", map[string]string{}, "en_US.UTF-8"},
		{"C", map[string]string{"LANG": "C"}, "en_US.UTF-8"},
		{"C.UTF-8", map[string]string{"LANG": "C.UTF-8"}, "en_US.UTF-8"},
		{"LC_ALL POSIX wins", map[string]string{"LC_ALL": "POSIX", "LANG": "de_DE.UTF-8"}, "en_US.UTF-8"},
		{"real locale kept", map[string]string{"LANG": "ko_KR.UTF-8"}, "ko_KR.UTF-8"},
		{"LC_ALL real kept", map[string]string{"LC_ALL": "fr_FR.UTF-8", "LANG": "C"}, "C"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range tc.env {
				env[k] = v
			}
			Plain(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
			if env["LANG"] != tc.wantLang {
				t.Errorf("LANG = %q, want %q", env["LANG"], tc.wantLang)
			}
		})
	}
}
