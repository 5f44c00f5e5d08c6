package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Colour names of the compare views' highlights. Widgets refer to these
// names only; highlightTheme turns them into colours for the light or dark
// variant, so every highlight follows the system theme.
const (
	// colorTerm marks a brief's distinctive terms in its passages.
	colorTerm fyne.ThemeColorName = "briefbench-term"
	// colorConflict marks a number that another brief gives differently.
	colorConflict fyne.ThemeColorName = "briefbench-conflict"
	// colorInsert and colorDelete mark the words that differ between two
	// passages that say nearly the same thing.
	colorInsert fyne.ThemeColorName = "briefbench-insert"
	colorDelete fyne.ThemeColorName = "briefbench-delete"
	// colorHit marks a search hit.
	colorHit fyne.ThemeColorName = "briefbench-hit"
	// colorCovered fills a brief's coverage dot when it addresses a topic;
	// colorSilent draws the dot and the "not addressed" text when it does not.
	colorCovered fyne.ThemeColorName = "briefbench-covered"
	colorSilent  fyne.ThemeColorName = "briefbench-silent"
	// colorDiscovered marks topics found in the briefs rather than the taxonomy.
	colorDiscovered fyne.ThemeColorName = "briefbench-discovered"
	// colorPoleFirst and colorPoleSecond colour markers and evidence on the
	// first and second pole of an axis; colorMixed a brief that argues both.
	colorPoleFirst  fyne.ThemeColorName = "briefbench-pole-first"
	colorPoleSecond fyne.ThemeColorName = "briefbench-pole-second"
	colorMixed      fyne.ThemeColorName = "briefbench-mixed"
	// colorTrack is the axis bar and the row band of the focused passage.
	colorTrack fyne.ThemeColorName = "briefbench-track"
)

// highlightPalette holds a colour for the light and the dark variant.
type highlightPalette struct{ light, dark color.NRGBA }

// highlightColors returns the colours of a highlight name, chosen to read on
// the default light (white) and dark (near black) backgrounds with enough
// contrast for bold body text; ok is false for names it does not own.
func highlightColors(name fyne.ThemeColorName) (p highlightPalette, ok bool) {
	switch name {
	case colorTerm:
		return highlightPalette{light: color.NRGBA{R: 0x00, G: 0x5f, B: 0x87, A: 0xff}, dark: color.NRGBA{R: 0x5f, G: 0xc8, B: 0xf0, A: 0xff}}, true
	case colorConflict:
		return highlightPalette{light: color.NRGBA{R: 0xb3, G: 0x3c, B: 0x00, A: 0xff}, dark: color.NRGBA{R: 0xff, G: 0x9e, B: 0x57, A: 0xff}}, true
	case colorInsert:
		return highlightPalette{light: color.NRGBA{R: 0x1b, G: 0x7a, B: 0x2e, A: 0xff}, dark: color.NRGBA{R: 0x6f, G: 0xd8, B: 0x7f, A: 0xff}}, true
	case colorDelete:
		return highlightPalette{light: color.NRGBA{R: 0xb0, G: 0x1e, B: 0x2d, A: 0xff}, dark: color.NRGBA{R: 0xff, G: 0x7b, B: 0x86, A: 0xff}}, true
	case colorHit:
		return highlightPalette{light: color.NRGBA{R: 0x7a, G: 0x2d, B: 0xb8, A: 0xff}, dark: color.NRGBA{R: 0xd0, G: 0x9c, B: 0xff, A: 0xff}}, true
	case colorCovered:
		return highlightPalette{light: color.NRGBA{R: 0x1f, G: 0x6f, B: 0xd1, A: 0xff}, dark: color.NRGBA{R: 0x5a, G: 0xa2, B: 0xff, A: 0xff}}, true
	case colorSilent:
		return highlightPalette{light: color.NRGBA{R: 0x8a, G: 0x8f, B: 0x98, A: 0xff}, dark: color.NRGBA{R: 0x7d, G: 0x83, B: 0x8c, A: 0xff}}, true
	case colorDiscovered:
		return highlightPalette{light: color.NRGBA{R: 0x8a, G: 0x5a, B: 0x00, A: 0xff}, dark: color.NRGBA{R: 0xf2, G: 0xc0, B: 0x5c, A: 0xff}}, true
	case colorPoleFirst:
		return highlightPalette{light: color.NRGBA{R: 0xc2, G: 0x41, B: 0x0c, A: 0xff}, dark: color.NRGBA{R: 0xfb, G: 0x92, B: 0x3c, A: 0xff}}, true
	case colorPoleSecond:
		return highlightPalette{light: color.NRGBA{R: 0x1d, G: 0x4e, B: 0xd8, A: 0xff}, dark: color.NRGBA{R: 0x60, G: 0xa5, B: 0xfa, A: 0xff}}, true
	case colorMixed:
		return highlightPalette{light: color.NRGBA{R: 0x6d, G: 0x28, B: 0xd9, A: 0xff}, dark: color.NRGBA{R: 0xc4, G: 0xb5, B: 0xfd, A: 0xff}}, true
	case colorTrack:
		return highlightPalette{light: color.NRGBA{R: 0xd5, G: 0xd9, B: 0xe0, A: 0xff}, dark: color.NRGBA{R: 0x3a, G: 0x3f, B: 0x47, A: 0xff}}, true
	}
	return highlightPalette{}, false
}

// highlightTheme wraps a theme and adds the compare views' colour names.
// Everything else, and every name it does not know, goes to the wrapped
// theme, so the app's fonts, sizes and light/dark choice stay in charge.
type highlightTheme struct {
	fyne.Theme
}

// newHighlightTheme wraps base (the default theme when nil). Wrapping a
// highlightTheme again returns it unchanged.
func newHighlightTheme(base fyne.Theme) fyne.Theme {
	if base == nil {
		base = theme.DefaultTheme()
	}
	if h, ok := base.(*highlightTheme); ok {
		return h
	}
	return &highlightTheme{Theme: base}
}

// Color returns the highlight colour for the compare views' names in the
// given variant and the wrapped theme's colour for all others.
func (t *highlightTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if p, ok := highlightColors(name); ok {
		if v == theme.VariantDark {
			return p.dark
		}
		return p.light
	}
	return t.Theme.Color(name, v)
}
