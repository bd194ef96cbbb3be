package timeline

import (
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
)

func TestClaimLineSample(t *testing.T) {
	tests := []struct {
		status casefile.Status
		role   Role
		fill   Paint
		word   string
	}{
		{casefile.StatusAlleged, RoleAlleged, PaintHatch, "ALLEGED"},
		{casefile.StatusDisputed, RoleDisputed, PaintHatch, "DISPUTED"},
		{casefile.StatusPartlyConfirmed, RolePartly, PaintHatch, "PARTLY CONFIRMED"},
		{casefile.StatusConfirmed, RoleConfirmed, PaintSolid, "CONFIRMED"},
	}
	for _, tt := range tests {
		items := ClaimLineSample(tt.status)
		if len(items) != 2 {
			t.Fatalf("%s: %d items, want 2 (swatch, text)", tt.status, len(items))
		}
		sw, tx := items[0], items[1]
		if sw.Shape != ShapeRect || sw.Role != tt.role || sw.Fill != tt.fill || sw.Class != "eg-claim eg-"+string(tt.status)+" eg-claim-line" {
			t.Errorf("%s: swatch %+v, want a %s rect of role %s filled %s", tt.status, sw, ShapeRect, tt.role, tt.fill)
		}
		if tx.Shape != ShapeText || tx.Role != tt.role || len(tx.Lines) != 1 || tx.Lines[0].Text != tt.word {
			t.Errorf("%s: text %+v, want %q in role %s", tt.status, tx, tt.word, tt.role)
		}
	}
}
