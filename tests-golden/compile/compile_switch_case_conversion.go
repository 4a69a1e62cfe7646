package main

// Untyped case values that cannot become the tag's type are reported as a failed conversion, as Go does; a typed
// one as a mismatched comparison. A type switch variable that no clause uses is reported even with no clauses.

type Color int

func main() {
	x, c, s := 1, Color(2), "s"
	var i interface{} = x
	switch x {
	case "a":
	case s:
	}
	switch c {
	case true:
	case 'r':
	}
	switch {
	case 1:
	}
	switch v := i.(type) {
	}
}
