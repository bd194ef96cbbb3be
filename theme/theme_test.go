package theme

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestByName(t *testing.T) {
	tests := []struct {
		name, want, err string
	}{
		{"", "light", ""},
		{"light", "light", ""},
		{"auto", "auto", ""},
		{"dark", "dark", ""},
		{"print", "print", ""},
		{"Dark", "", `theme: unknown theme "Dark": use one of light, dark, auto, print`},
		{"sepia", "", `theme: unknown theme "sepia": use one of light, dark, auto, print`},
	}
	for _, tt := range tests {
		got, err := ByName(tt.name)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("ByName(%q) error = %v, want %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || got.Name != tt.want {
			t.Errorf("ByName(%q) = %q, %v; want %q", tt.name, got.Name, err, tt.want)
		}
	}
}

// Statuses must differ by dash pattern or hatching (and by their badge,
// which casefile's wording table gives), so that no status is told apart by
// colour alone.
func TestStatusesDifferWithoutColour(t *testing.T) {
	statuses := []string{"alleged", "stated", "disputed", "contested", "partly-confirmed", "confirmed", "retracted"}
	for _, th := range []Theme{Light(), Dark(), Print()} {
		seenLook := map[string]string{}
		for _, s := range statuses {
			st, ok := th.Status(s)
			if !ok {
				t.Fatalf("%s: no style for status %q", th.Name, s)
			}
			look := st.Dash + "/" + strconv.FormatBool(st.Hatched)
			if other, dup := seenLook[look]; dup {
				t.Errorf("%s: %q and %q share dash and hatching %q", th.Name, s, other, look)
			}
			seenLook[look] = s
		}
		if _, ok := th.Status("rumoured"); ok {
			t.Errorf("%s: unknown status accepted", th.Name)
		}
	}
}

// Every stance but the two affirming ones carries a dash pattern.
func TestStanceDashes(t *testing.T) {
	want := map[string]bool{"denies": true, "disputes": true, "confirms": false,
		"partially-confirms": true, "supports": false, "declines-comment": true, "retracts": true}
	for _, th := range []Theme{Light(), Dark(), Print()} {
		for stance, dashed := range want {
			st, ok := th.Stance(stance)
			if !ok {
				t.Fatalf("%s: no style for stance %q", th.Name, stance)
			}
			if (st.Dash != "") != dashed {
				t.Errorf("%s: stance %q dash %q, want dashed=%v", th.Name, stance, st.Dash, dashed)
			}
		}
	}
}

func TestKinds(t *testing.T) {
	th := Light()
	for _, k := range []string{"person", "organization", "event", "source"} {
		if st, ok := th.Kind(k); !ok || st.Stroke == "" {
			t.Errorf("Kind(%q) = %+v, %v", k, st, ok)
		}
	}
	if _, ok := th.Kind("claim"); ok {
		t.Error(`Kind("claim") accepted; claims are styled by status`)
	}
}

// The print theme must survive a greyscale printer: every colour is a grey.
func TestPrintIsGreyscale(t *testing.T) {
	for _, c := range colours(reflect.ValueOf(Print())) {
		if len(c) != 7 || c[0] != '#' || c[1:3] != c[3:5] || c[3:5] != c[5:7] {
			t.Errorf("print theme colour %q is not a grey", c)
		}
	}
}

// Every colour in every theme is a #rrggbb literal, so renderers can embed it.
func TestColourSyntax(t *testing.T) {
	for _, th := range []Theme{Light(), Dark(), Print()} {
		cs := colours(reflect.ValueOf(th))
		if len(cs) < 40 {
			t.Fatalf("%s: found only %d colours", th.Name, len(cs))
		}
		for _, c := range cs {
			if _, err := strconv.ParseUint(strings.TrimPrefix(c, "#"), 16, 32); err != nil || len(c) != 7 {
				t.Errorf("%s: bad colour %q", th.Name, c)
			}
		}
	}
}

// colours collects every colour field (Fill, Stroke, Text, Background, ...)
// of a theme value.
func colours(v reflect.Value) []string {
	var out []string
	for i := 0; i < v.NumField(); i++ {
		f, name := v.Field(i), v.Type().Field(i).Name
		switch f.Kind() {
		case reflect.Struct:
			out = append(out, colours(f)...)
		case reflect.String:
			if strings.HasPrefix(f.String(), "#") {
				out = append(out, f.String())
			} else if f.String() != "" && !map[string]bool{"Name": true, "FontFamily": true, "Dash": true}[name] {
				out = append(out, f.String())
			}
		}
	}
	return out
}
