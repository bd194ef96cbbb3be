package cli

import (
	"math"
	"strconv"

	"github.com/eventgraph/eventgraph/edtf"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// emptyRefused are the flags whose empty value ("") would silently mean
// their default: naming one with an empty value is a usage error.
var emptyRefused = map[string]string{
	"kinds":       "people,organizations,events,claims",
	"engine":      "auto, dot, neato, fdp, sfdp, circo or twopi",
	"theme":       "light, dark or print",
	"orientation": "horizontal or vertical",
	"lanes":       "auto, people, organizations, all, none, or IDs",
	"claims":      "a claims mode",
	"format":      "a format",
	"direction":   "LR or TB",
	"focus":       "a record ID",
	"path":        "two record IDs, A,B",
}

// checkFlags refuses, before a command runs, what its flags cannot mean:
// an empty value where one is needed, a number that is not finite, and a
// --from later than --to.
func checkFlags(cmd *cobra.Command, _ []string) error {
	var err error
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if err != nil {
			return
		}
		switch f.Value.Type() {
		case "string":
			if want, ok := emptyRefused[f.Name]; ok && f.Value.String() == "" {
				err = usagef("--%s \"\": give %s, or leave the flag out for its default", f.Name, want)
			}
		case "float64", "float32":
			if v, perr := strconv.ParseFloat(f.Value.String(), 64); perr == nil && (math.IsNaN(v) || math.IsInf(v, 0)) {
				err = usagef("--%s %s: give a finite number", f.Name, f.Value.String())
			}
		}
	})
	if err != nil {
		return err
	}
	from, to := cmd.Flags().Lookup("from"), cmd.Flags().Lookup("to")
	if from != nil && to != nil && from.Changed && to.Changed {
		f, ferr := edtf.Parse(from.Value.String())
		t, terr := edtf.Parse(to.Value.String())
		if ferr == nil && terr == nil && f.Lower().After(t.Upper()) {
			return usagef("--from %s is after --to %s: swap them", from.Value.String(), to.Value.String())
		}
	}
	return nil
}
