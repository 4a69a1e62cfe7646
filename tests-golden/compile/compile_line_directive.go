// A compile error after a line directive is reported at the place the directive gives: its file and line, and
// its column only when the directive gave one. A directive with a line or column number Go refuses is an error
// itself, at the number, reported with the other errors.
package main

func main() {
//line gen.y:100
	var s string = 1
	/*line other.y:5:10*/ var n int = "one"
//line gen.y:0
	_, _ = s, n
}
