package diagram

import (
	"testing"

	"github.com/eventgraph/eventgraph/theme"
)

// TestTitleLabel checks the title block: the title, a gap, the subtitle
// and caption, and a gap that keeps the block clear of the diagram.
func TestTitleLabel(t *testing.T) {
	p := painter{t: theme.Light()}
	const (
		gap6  = `<TR><TD HEIGHT="6" WIDTH="1" FIXEDSIZE="TRUE"> </TD></TR>`
		gap14 = `<TR><TD HEIGHT="14" WIDTH="1" FIXEDSIZE="TRUE"> </TD></TR>`
		open  = `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0">`
		title = `<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="18"><B>Nothing yet</B></FONT></TD></TR>`
	)
	tests := []struct{ subtitle, caption, want string }{
		{"", "", open + title + gap14 + `</TABLE>`},
		{"As known on 21 March 2023", "Within 1 step of Ana", open + title + gap6 +
			`<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="12" COLOR="#595959">As known on 21 March 2023</FONT></TD></TR>` +
			`<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="11" COLOR="#595959"><I>Within 1 step of Ana</I></FONT></TD></TR>` +
			gap14 + `</TABLE>`},
	}
	for _, tt := range tests {
		if got := titleLabel("Nothing yet", tt.subtitle, tt.caption, p); got != tt.want {
			t.Errorf("titleLabel(%q, %q) =\n%s\nwant\n%s", tt.subtitle, tt.caption, got, tt.want)
		}
	}
}
