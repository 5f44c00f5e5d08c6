package app

import (
	"errors"
	"testing"
)

func TestCheckDisplay(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want error
	}{
		{"x11", map[string]string{"DISPLAY": ":0"}, nil},
		{"wayland", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, nil},
		{"none", map[string]string{}, errNoDisplay},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := checkDisplay(func(k string) string { return tc.env[k] }); !errors.Is(got, tc.want) {
				t.Errorf("checkDisplay = %v, want %v", got, tc.want)
			}
		})
	}
}
