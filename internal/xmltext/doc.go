// Package xmltext escapes text for XML 1.0 documents such as SVG: the five
// markup characters become entities, and characters an XML 1.0 document may
// not hold (most control characters, lone surrogates, U+FFFE, U+FFFF and
// bytes that are not UTF-8) are dropped, so that any string becomes
// character data or an attribute value that every XML parser accepts.
package xmltext
