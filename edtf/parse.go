package edtf

import "errors"

// Parse reads an EDTF Level 0 or Level 1 string.
func Parse(s string) (Value, error) {
	return Value{}, errors.New("edtf: parser not yet written")
}
