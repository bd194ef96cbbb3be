package export

import (
	"net/url"
	"path"
	"testing"

	"github.com/eventgraph/eventgraph/casefile"
	"github.com/eventgraph/eventgraph/internal/testcase"
)

// fileNameByParsing is fileName as url.Parse gives it.
func fileNameByParsing(s *casefile.Source) string {
	if u, err := url.Parse(s.URL); err == nil && s.URL != "" {
		if base := path.Base(u.Path); base != "/" && base != "." && base != "" {
			return base
		}
	}
	return s.ID
}

// fileName takes the plain URLs apart without url.Parse, and gives what
// url.Parse gives for every URL.
func TestFileNameMatchesURLParse(t *testing.T) {
	urls := []string{"", "https://example.com", "https://example.com/", "http://example.com/a/b.pdf",
		"https://example.com/a/b/", "https://example.com//", "https://example.com/a/./b/..", "https://example.com/.",
		"https://example.com/a%20b", "https://example.com/a?x=1", "https://example.com/a#f", "https://user@example.com/a",
		"https://example.com:8080/a", "https://example.com:x/a", "https://exa mple.com/a", "HTTPS://example.com/a",
		"ftp://example.com/a.txt", "example.com/a", "/a/b", "mailto:a@example.com", "https://[::1]/a", "https:///a",
		"https://example.com/~user/file_name-1.2", "http://ex\x7fample.com/a", "https://example.com/a\\b"}
	for _, u := range urls {
		s := &casefile.Source{ID: "the-id", URL: u}
		if got, want := fileName(s), fileNameByParsing(s); got != want {
			t.Errorf("fileName(%q) = %q, url.Parse gives %q", u, got, want)
		}
	}
	for _, c := range []*casefile.Case{testcase.Seed(t), testcase.Generated(t, 1000)} {
		for _, s := range c.Sources {
			if got, want := fileName(s), fileNameByParsing(s); got != want {
				t.Errorf("fileName(%q) = %q, url.Parse gives %q", s.URL, got, want)
			}
		}
	}
}
