package casefile

import (
	"fmt"
	"net/url"
	"strings"
)

// validID reports whether id has the form [a-z0-9][a-z0-9-]*.
func validID(id string) bool {
	if id == "" {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && i > 0:
		default:
			return false
		}
	}
	return true
}

// slug turns text into an ID: lower case, runs of other characters made one
// hyphen, no hyphen at either end. It returns "" when nothing is left.
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			continue
		}
		hyphen = true
	}
	return b.String()
}

// checkID returns why id is not a valid ID, with the slug to write instead,
// or "" when it is valid.
func checkID(id string) string {
	if validID(id) {
		return ""
	}
	msg := fmt.Sprintf("invalid id %q: ids use lower-case letters, digits and hyphens, and start with a letter or digit", id)
	if s := slug(id); s != "" {
		msg += fmt.Sprintf("; write %q", s)
	}
	return msg
}

// checkEnum returns why value is not one of allowed, or "" when it is.
// what names the field for the message ("organization kind").
func checkEnum(what, value string, allowed []string) string {
	if contains(allowed, value) {
		return ""
	}
	if s := suggest(value, allowed); s != "" {
		return fmt.Sprintf("unknown %s %q, did you mean %q?", what, value, s)
	}
	return fmt.Sprintf("unknown %s %q; use %s", what, value, oneOf(allowed))
}

// stanceNames lists the stances as strings, for checkEnum.
func stanceNames() []string {
	s := make([]string, len(Stances))
	for i, st := range Stances {
		s[i] = string(st)
	}
	return s
}

// checkURL returns why u is not an absolute http or https URL, or "".
func checkURL(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		msg := err.Error()
		if e, ok := err.(*url.Error); ok {
			msg = e.Err.Error()
		}
		return fmt.Sprintf("invalid url %q: %s", u, msg)
	}
	switch strings.ToLower(p.Scheme) {
	case "http", "https":
		if p.Host == "" {
			return fmt.Sprintf("invalid url %q: it names no host; write it as https://example.org/page", u)
		}
		return ""
	case "":
		return fmt.Sprintf("invalid url %q: write the whole address, starting with https://", u)
	}
	return fmt.Sprintf("invalid url %q: only http and https links are allowed, not %s", u, p.Scheme)
}

// checkLanguage returns why tag does not look like a BCP 47 language tag
// ("en", "fr-CA", "zh-Hant-TW"): a two- or three-letter language, then
// subtags of one to eight letters or digits. It returns "" for a good tag.
func checkLanguage(tag string) string {
	parts := strings.Split(tag, "-")
	ok := len(parts[0]) >= 2 && len(parts[0]) <= 3 && isAlnum(parts[0], true)
	for _, p := range parts[1:] {
		ok = ok && len(p) >= 1 && len(p) <= 8 && isAlnum(p, false)
	}
	if ok {
		return ""
	}
	return fmt.Sprintf("invalid language %q: write a BCP 47 tag such as \"en\" or \"fr-CA\"", tag)
}

// isAlnum reports whether s holds only ASCII letters (and digits unless
// lettersOnly).
func isAlnum(s string, lettersOnly bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i] | 0x20
		if !(c >= 'a' && c <= 'z') && (lettersOnly || !(s[i] >= '0' && s[i] <= '9')) {
			return false
		}
	}
	return true
}
