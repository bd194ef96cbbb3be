package edtf_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/eventgraph/eventgraph/edtf"
)

func Example() {
	v, err := edtf.Parse("2004-06~/2006-08?")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(v)
	fmt.Println(v.Lower().Format(time.RFC3339Nano))
	fmt.Println(v.Upper().Format(time.RFC3339Nano))
	fmt.Println(v.Precision(), v.Qualifier())
	// Output:
	// 2004-06~/2006-08?
	// 2004-06-01T00:00:00Z
	// 2006-08-31T23:59:59.999999999Z
	// month %
}

func ExampleParse() {
	for _, s := range []string{"2019-22", "201X", "-0044", "2023-03-22T21:30-04:00", "1985-04-12/.."} {
		v := edtf.MustParse(s)
		fmt.Printf("%-22s %s .. %s\n", v, v.Lower().Format(time.RFC3339), v.Upper().Format(time.RFC3339))
	}
	// Output:
	// 2019-22                2019-06-01T00:00:00Z .. 2019-08-31T23:59:59Z
	// 201X                   2010-01-01T00:00:00Z .. 2019-12-31T23:59:59Z
	// -0044                  -0044-01-01T00:00:00Z .. -0044-12-31T23:59:59Z
	// 2023-03-22T21:30-04:00 2023-03-23T01:30:00Z .. 2023-03-23T01:30:59Z
	// 1985-04-12/..          1985-04-12T00:00:00Z .. 1985-04-12T23:59:59Z
}

func ExampleParse_error() {
	for _, s := range []string{"summer 2019", "2019-02-30", "15/02/2021"} {
		_, err := edtf.Parse(s)
		var e *edtf.Error
		if errors.As(err, &e) {
			fmt.Println(errors.Is(err, edtf.ErrInvalid), e.Offset, e.Msg)
		}
	}
	// Output:
	// true 0 EDTF writes it 2019-22
	// true 8 February 2019 has 28 days
	// true 0 EDTF writes it 2021-02-15 (year-month-day)
}

func ExampleValue_Compare() {
	a := edtf.MustParse("2019-06")
	b := edtf.MustParse("2019")
	fmt.Println(a.Compare(b), b.Compare(a))
	// Output:
	// 1 -1
}
