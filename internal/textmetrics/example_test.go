package textmetrics_test

import (
	"fmt"

	"github.com/eventgraph/eventgraph/internal/textmetrics"
)

func ExampleWidth() {
	fmt.Printf("%.3f\n", textmetrics.Width("Han Dong", 16, false))
	fmt.Printf("%.3f\n", textmetrics.Width("Han Dong", 16, true))
	fmt.Printf("%.3f\n", textmetrics.Width("中华人民共和国", 16, false))
	// Output:
	// 72.047
	// 75.547
	// 112.000
}

func ExampleWrap() {
	for _, line := range textmetrics.Wrap("Yves-François Blanchet met Han Dong", 12, false, 100) {
		fmt.Println(line)
	}
	// Output:
	// Yves-François
	// Blanchet met Han
	// Dong
}

func ExampleWrapN() {
	fmt.Println(textmetrics.WrapN("Yves-François Blanchet met Han Dong", 12, false, 100, 2))
	// Output:
	// [Yves-François Blanchet met H…]
}

func ExampleTruncate() {
	fmt.Println(textmetrics.Truncate("Yves-François Blanchet", 12, false, 60))
	// Output:
	// Yves-Fr…
}

func ExampleLineHeight() {
	size := 12.0
	lines := textmetrics.Wrap("Yves-François Blanchet met Han Dong", size, false, 100)
	// Height of a block of text: the first line's ascent, the line
	// spacing between baselines, the last line's descent.
	h := textmetrics.Ascent(size) + float64(len(lines)-1)*textmetrics.LineHeight(size) + textmetrics.Descent(size)
	fmt.Printf("%d lines, %.2f px\n", len(lines), h)
	// Output:
	// 3 lines, 43.41 px
}
