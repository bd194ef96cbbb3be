package edtf

// hint returns how EDTF writes s when s looks like a common human way of
// writing a date.
func hint(s string) (string, bool) {
	return "", false
}
