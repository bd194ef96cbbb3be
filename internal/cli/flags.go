package cli

import (
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
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

// parseTheme reads the --theme flag.
func parseTheme(s string) (theme.Theme, error) {
	th, err := theme.ByName(s)
	if err != nil {
		return theme.Theme{}, usagef("--theme: %v", err)
	}
	return th, nil
}

// themeHelp is the help text of every --theme flag.
var themeHelp = "colour theme: " + strings.Join(theme.Names(), ", ") + " (print is greyscale)"

// checkIDs reports IDs named in a flag that are not records of c.
func checkIDs(c *casefile.Case, flag string, ids ...string) error {
	for _, id := range ids {
		if id != "" && c.Kind(id) == "" {
			return fmt.Errorf("--%s: no record has the id %q", flag, id)
		}
	}
	return nil
}
