package cli

import (
	"path/filepath"
	"strings"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/eventgraph/eventgraph/theme"
)

// parseDateFlag reads an EDTF flag value; "" is the zero Value.
func parseDateFlag(flag, s string) (edtf.Value, error) {
	if s == "" {
		return edtf.Value{}, nil
	}
	v, err := edtf.Parse(s)
	if err != nil {
		return edtf.Value{}, usagef("--%s: %v", flag, err)
	}
	return v, nil
}

// parseAsOf reads the --as-of flag: one date, of any precision, neither an
// interval nor qualified, since "what was public by then" needs a clear day.
func parseAsOf(s string) (edtf.Value, error) {
	v, err := parseDateFlag("as-of", s)
	if err != nil || v.IsZero() {
		return v, err
	}
	if v.IsInterval || v.Qualifier() != 0 {
		return edtf.Value{}, usagef("--as-of: %q: give one date, such as 2023-03-21, 2023-03 or 2023 (not an interval or an uncertain or approximate date)", s)
	}
	return v, nil
}

// formatFor returns the output format: the --format flag when given
// (checked against the file name's extension), else the one the extension
// names, else def. exts maps extensions (".svg") to formats.
func formatFor(flagValue, output, def string, exts map[string]string) (string, error) {
	ext := strings.ToLower(filepath.Ext(output))
	implied, known := exts[ext]
	switch {
	case output == "-" || output == "":
		known = false
	case flagValue == "" && known:
		return implied, nil
	}
	if flagValue == "" {
		return def, nil
	}
	if known && implied != flagValue {
		return "", usagef("--format %s does not match the output file %s: name it %s, or drop --format", flagValue, output,
			strings.TrimSuffix(output, filepath.Ext(output))+"."+flagValue)
	}
	return flagValue, nil
}

// parseTheme reads the --theme flag.
func parseTheme(s string) (theme.Theme, error) {
	th, err := theme.ByName(s)
	if err != nil {
		return theme.Theme{}, usagef("--theme: %v", err)
	}
	return th, nil
}

// themeHelp is the help text of every --theme flag.
var themeHelp = "colour theme: " + strings.Join(theme.Names(), ", ") + " (light stays light in a dark-mode browser: for white pages; auto follows the reader's light or dark scheme; print is greyscale)"
