package theme

// Dash patterns shared by all themes, so that print and colour agree.
const (
	dashAlleged   = "6 4"
	dashDisputed  = "2 3"
	dashPartly    = "8 3 2 3"
	dashDenies    = "2 3"
	dashDisputes  = "5 3"
	dashDeclines  = "1 4"
	dashStated    = "9 3"
	dashContested = "6 2 2 2 2 2"
	dashRetracted = "3 3"
	dashRetracts  = "8 2 2 2"
)

// Light is the default theme: dark text on white, colours from the
// Okabe-Ito palette that stays distinct for colour-blind readers.
func Light() Theme {
	return Theme{
		Name: "light", FontFamily: FontFamily,
		Background: "#ffffff", Text: "#1a1a1a", Muted: "#595959", Grid: "#e3e3e3", Axis: "#404040",
		Person:          Style{Fill: "#e5f1f8", Stroke: "#0072b2", Text: "#00466e", Width: 1.5},
		Organization:    Style{Fill: "#e3f4ee", Stroke: "#007a5a", Text: "#004d38", Width: 1.5},
		Event:           Style{Fill: "#fff4dc", Stroke: "#a05a00", Text: "#1a1a1a", Width: 1.5},
		Source:          Style{Fill: "#f2f2f2", Stroke: "#767676", Text: "#404040", Width: 1},
		Alleged:         StatusStyle{Style: Style{Fill: "#fdebe1", Stroke: "#c04a00", Text: "#8a3400", Dash: dashAlleged, Width: 1.5}, Hatched: true},
		Disputed:        StatusStyle{Style: Style{Fill: "#f7e6f0", Stroke: "#a8427f", Text: "#762b58", Dash: dashDisputed, Width: 1.5}, Hatched: true},
		Confirmed:       StatusStyle{Style: Style{Fill: "#e3f4ee", Stroke: "#007a5a", Text: "#004d38", Width: 1.5}},
		PartlyConfirmed: StatusStyle{Style: Style{Fill: "#eef3e0", Stroke: "#5f7a00", Text: "#3f5200", Dash: dashPartly, Width: 1.5}, Hatched: true},
		Denies:          Style{Stroke: "#c0392b", Text: "#962d22", Dash: dashDenies, Width: 1.5},
		Disputes:        Style{Stroke: "#a8427f", Text: "#762b58", Dash: dashDisputes, Width: 1.5},
		Confirms:        Style{Stroke: "#007a5a", Text: "#004d38", Width: 1.5},
		PartlyConfirms:  Style{Stroke: "#5f7a00", Text: "#3f5200", Dash: dashPartly, Width: 1.5},
		Supports:        Style{Stroke: "#0072b2", Text: "#00466e", Width: 1.5},
		DeclinesComment: Style{Stroke: "#767676", Text: "#595959", Dash: dashDeclines, Width: 1.5},
		Stated:          StatusStyle{Style: Style{Fill: "#e8ecf6", Stroke: "#3d5a99", Text: "#2a3f6b", Dash: dashStated, Width: 1.5}, Hatched: true},
		Contested:       StatusStyle{Style: Style{Fill: "#f6ecdc", Stroke: "#8a5a00", Text: "#5e3d00", Dash: dashContested, Width: 1.5}, Hatched: true},
		Retracted:       StatusStyle{Style: Style{Fill: "#efefef", Stroke: "#6e6e6e", Text: "#4a4a4a", Dash: dashRetracted, Width: 1.5}, Hatched: true},
		Retracts:        Style{Stroke: "#6e6e6e", Text: "#4a4a4a", Dash: dashRetracts, Width: 1.5},
	}
}

// Auto is the light theme in a light scheme and the dark theme where the
// reader's system prefers a dark scheme (CSS prefers-color-scheme): for a
// page that itself follows the scheme. On a white page, use Light, which
// stays light in a dark-mode browser.
func Auto() Theme {
	t := Light()
	t.Name = "auto"
	return t
}

// Dark is light text on a near-black background.
func Dark() Theme {
	return Theme{
		Name: "dark", FontFamily: FontFamily,
		Background: "#121417", Text: "#ececec", Muted: "#a8a8a8", Grid: "#2c3036", Axis: "#bdbdbd",
		Person:          Style{Fill: "#10293a", Stroke: "#56b4e9", Text: "#9fd6f5", Width: 1.5},
		Organization:    Style{Fill: "#0f2e25", Stroke: "#35c495", Text: "#8fe3c6", Width: 1.5},
		Event:           Style{Fill: "#33280f", Stroke: "#e6a23c", Text: "#ececec", Width: 1.5},
		Source:          Style{Fill: "#22252a", Stroke: "#8c8c8c", Text: "#c8c8c8", Width: 1},
		Alleged:         StatusStyle{Style: Style{Fill: "#3a1f12", Stroke: "#ff8a4c", Text: "#ffb28a", Dash: dashAlleged, Width: 1.5}, Hatched: true},
		Disputed:        StatusStyle{Style: Style{Fill: "#351a2b", Stroke: "#e58bc0", Text: "#f2b8da", Dash: dashDisputed, Width: 1.5}, Hatched: true},
		Confirmed:       StatusStyle{Style: Style{Fill: "#0f2e25", Stroke: "#35c495", Text: "#8fe3c6", Width: 1.5}},
		PartlyConfirmed: StatusStyle{Style: Style{Fill: "#263010", Stroke: "#b5d33d", Text: "#d6ea8a", Dash: dashPartly, Width: 1.5}, Hatched: true},
		Denies:          Style{Stroke: "#ff6b5b", Text: "#ff9d92", Dash: dashDenies, Width: 1.5},
		Disputes:        Style{Stroke: "#e58bc0", Text: "#f2b8da", Dash: dashDisputes, Width: 1.5},
		Confirms:        Style{Stroke: "#35c495", Text: "#8fe3c6", Width: 1.5},
		PartlyConfirms:  Style{Stroke: "#b5d33d", Text: "#d6ea8a", Dash: dashPartly, Width: 1.5},
		Supports:        Style{Stroke: "#56b4e9", Text: "#9fd6f5", Width: 1.5},
		DeclinesComment: Style{Stroke: "#8c8c8c", Text: "#a8a8a8", Dash: dashDeclines, Width: 1.5},
		Stated:          StatusStyle{Style: Style{Fill: "#1a2238", Stroke: "#8fa8e6", Text: "#c2d0f2", Dash: dashStated, Width: 1.5}, Hatched: true},
		Contested:       StatusStyle{Style: Style{Fill: "#33260f", Stroke: "#d9a54a", Text: "#ecc98a", Dash: dashContested, Width: 1.5}, Hatched: true},
		Retracted:       StatusStyle{Style: Style{Fill: "#26262a", Stroke: "#9a9a9a", Text: "#c0c0c0", Dash: dashRetracted, Width: 1.5}, Hatched: true},
		Retracts:        Style{Stroke: "#9a9a9a", Text: "#c0c0c0", Dash: dashRetracts, Width: 1.5},
	}
}

// Print is greyscale: every distinction is carried by dash pattern, hatching
// and text, so it survives a black-and-white printer.
func Print() Theme {
	return Theme{
		Name: "print", FontFamily: FontFamily,
		Background: "#ffffff", Text: "#000000", Muted: "#444444", Grid: "#d0d0d0", Axis: "#000000",
		Person:          Style{Fill: "#ffffff", Stroke: "#000000", Text: "#000000", Width: 1.5},
		Organization:    Style{Fill: "#e8e8e8", Stroke: "#000000", Text: "#000000", Width: 1.5},
		Event:           Style{Fill: "#f4f4f4", Stroke: "#000000", Text: "#000000", Width: 1.5},
		Source:          Style{Fill: "#ffffff", Stroke: "#666666", Text: "#333333", Width: 1},
		Alleged:         StatusStyle{Style: Style{Fill: "#ffffff", Stroke: "#000000", Text: "#000000", Dash: dashAlleged, Width: 1.5}, Hatched: true},
		Disputed:        StatusStyle{Style: Style{Fill: "#ffffff", Stroke: "#000000", Text: "#000000", Dash: dashDisputed, Width: 1.5}, Hatched: true},
		Confirmed:       StatusStyle{Style: Style{Fill: "#e8e8e8", Stroke: "#000000", Text: "#000000", Width: 2}},
		PartlyConfirmed: StatusStyle{Style: Style{Fill: "#ffffff", Stroke: "#000000", Text: "#000000", Dash: dashPartly, Width: 1.5}, Hatched: true},
		Denies:          Style{Stroke: "#000000", Text: "#000000", Dash: dashDenies, Width: 1.5},
		Disputes:        Style{Stroke: "#000000", Text: "#000000", Dash: dashDisputes, Width: 1.5},
		Confirms:        Style{Stroke: "#000000", Text: "#000000", Width: 2},
		PartlyConfirms:  Style{Stroke: "#000000", Text: "#000000", Dash: dashPartly, Width: 1.5},
		Supports:        Style{Stroke: "#444444", Text: "#000000", Width: 1.5},
		DeclinesComment: Style{Stroke: "#666666", Text: "#444444", Dash: dashDeclines, Width: 1.5},
		Stated:          StatusStyle{Style: Style{Fill: "#ffffff", Stroke: "#000000", Text: "#000000", Dash: dashStated, Width: 1.5}, Hatched: true},
		Contested:       StatusStyle{Style: Style{Fill: "#ffffff", Stroke: "#000000", Text: "#000000", Dash: dashContested, Width: 1.5}, Hatched: true},
		Retracted:       StatusStyle{Style: Style{Fill: "#ffffff", Stroke: "#666666", Text: "#444444", Dash: dashRetracted, Width: 1.5}, Hatched: true},
		Retracts:        Style{Stroke: "#666666", Text: "#444444", Dash: dashRetracts, Width: 1.5},
	}
}
