package casefile

import "testing"

func TestIsCaseFile(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"people.yaml", true},
		{"events/a.yml", true},
		{"People.YAML", true},
		{"x.Yml", true},
		{"notes.md", false},
		{"yaml", false},
		{"a.yaml.bak", false},
		{"a.json", false},
	}
	for _, tt := range tests {
		if got := isCaseFile(tt.name); got != tt.want {
			t.Errorf("isCaseFile(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
