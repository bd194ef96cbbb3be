package cli

import (
	"errors"
	"fmt"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/data"
)

// loadCase loads the case folder named by args (the bundled case when args
// is empty). Validation problems are printed to stderr one per line, and the
// returned error only summarises them. name is how messages refer to the case.
func (e *env) loadCase(args []string) (c *casefile.Case, name string, err error) {
	stderr := e.stderr
	if len(args) > 0 && args[0] == "" {
		return nil, "", usagef("DIR \"\": name a case folder, or leave DIR out for the bundled case")
	}
	if len(args) == 0 {
		name = "bundled case " + data.SeedCase
		c, err = casefile.Load(data.FS, data.SeedCase)
	} else {
		name = quotePath(args[0])
		c, err = casefile.LoadDirWith(args[0], casefile.DirOptions{FollowLinks: e.followLinks, LimitMemory: true})
	}
	var list casefile.ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			fmt.Fprintln(stderr, safeLine(e.Error(), false))
		}
		return nil, name, reportedError{fmt.Sprintf("%s: %s", name, plural(len(list), "problem", "problems"))}
	}
	if err != nil {
		return nil, name, err
	}
	return c, name, nil
}

// plural formats a count with the right noun.
func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}
