package timeline

import (
	"net/url"
	"strings"
)

// LinkSafe reports whether an address may be drawn as a link: an absolute
// http or https URL with a host, without spaces or control characters.
// Anything else (javascript:, data:, a relative path) stays text, even if
// a case file that skipped validation holds it.
func LinkSafe(href string) bool {
	if href == "" || strings.ContainsFunc(href, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return false
	}
	u, err := url.Parse(href)
	if err != nil || u.Host == "" || u.Opaque != "" {
		return false
	}
	s := strings.ToLower(u.Scheme)
	return s == "http" || s == "https"
}

// linkOf returns href when it may be a link, else "".
func linkOf(href string) string {
	if LinkSafe(href) {
		return href
	}
	return ""
}
