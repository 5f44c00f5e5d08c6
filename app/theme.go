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
	base fyne.Theme // nil: the app's current theme, looked up on each call
}

// newHighlightTheme wraps base; with nil it follows whatever theme the app
// has at the time of each call. Wrapping a highlightTheme returns it.
func newHighlightTheme(base fyne.Theme) fyne.Theme {
	if h, ok := base.(*highlightTheme); ok {
		return h
	}
	return &highlightTheme{base: base}
}

func (t *highlightTheme) wrapped() fyne.Theme {
	if t.base != nil {
		return t.base
	}
	if a := fyne.CurrentApp(); a != nil {
		if th := a.Settings().Theme(); th != nil {
			if h, ok := th.(*highlightTheme); !ok {
				return th
			} else if h.base != nil {
				return h.base
			}
		}
	}
	return theme.DefaultTheme()
}

// Color returns the highlight colour for the compare views' names and the
// wrapped theme's colour for all others. Whether to use the dark palette is
// read from the wrapped theme's background, so themes that force a variant
// are followed as well as the system preference.
func (t *highlightTheme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	base := t.wrapped()
	if p, ok := highlightColors(name); ok {
		if isDark(base.Color(theme.ColorNameBackground, v)) {
			return p.dark
		}
		return p.light
	}
	return base.Color(name, v)
}

// Font returns the wrapped theme's font. Underline is drawn by the painter
// over any font, so it is not part of the lookup (some themes key fonts by
// the whole style and have none for underlined text).
func (t *highlightTheme) Font(s fyne.TextStyle) fyne.Resource {
	s.Underline = false
	return t.wrapped().Font(s)
}

// Icon returns the wrapped theme's icon.
func (t *highlightTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.wrapped().Icon(n) }

// Size returns the wrapped theme's size.
func (t *highlightTheme) Size(n fyne.ThemeSizeName) float32 { return t.wrapped().Size(n) }

// isDark reports whether a background colour is dark (relative luminance
// below one half).
func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return 0.2126*float64(r)+0.7152*float64(g)+0.0722*float64(b) < 0.5*0xffff
}

// highlightColor resolves a colour name for a canvas object drawn by widget
// w, knowing the highlight names even where w is outside the compare views'
// theme override (e.g. while being measured).
func highlightColor(w fyne.Widget, name fyne.ThemeColorName) color.Color {
	var th fyne.Theme
	if b, ok := w.(interface{ Theme() fyne.Theme }); ok {
		th = b.Theme()
	}
	return newHighlightTheme(th).Color(name, fyne.CurrentApp().Settings().ThemeVariant())
}

// useHighlightTheme wraps the app's theme in a highlightTheme unless it is
// one already.
func useHighlightTheme(a fyne.App) {
	if a == nil {
		return
	}
	s := a.Settings()
	if _, ok := s.Theme().(*highlightTheme); !ok {
		s.SetTheme(newHighlightTheme(s.Theme()))
	}
}
