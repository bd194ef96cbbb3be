package query

import (
	"fmt"
	"strings"

	"github.com/eventgraph/eventgraph/casefile"
)

// kindNames maps the plural names the command line uses to kinds.
var kindNames = []struct {
	name string
	kind casefile.Kind
}{
	{"people", casefile.KindPerson},
	{"organizations", casefile.KindOrganization},
	{"events", casefile.KindEvent},
	{"claims", casefile.KindClaim},
	{"sources", casefile.KindSource},
}

// DefaultVia is the kinds a chain or neighbourhood passes through unless
// told otherwise: every kind but sources, since two records that cite the
// same article are rarely what "how are they connected" means.
const DefaultVia = "people,organizations,events,claims"

func parseKinds(s string) ([]casefile.Kind, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	var names []string
	for _, k := range kindNames {
		names = append(names, k.name)
	}
	var out []casefile.Kind
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		found := false
		for _, k := range kindNames {
			if k.name == part {
				out = append(out, k.kind)
				found = true
			}
		}
		if !found {
			hint := ""
			if sug := casefile.Suggest(part, names); sug != "" {
				hint = fmt.Sprintf(", did you mean %q?", sug)
			}
			return nil, fmt.Errorf("unknown kind %q%s (kinds: %s)", part, hint, strings.Join(names, ", "))
		}
	}
	return out, nil
}
