// Lexical errors are not syntax errors: Go's compiler goes on to type-check the file, where a malformed literal is
// an invalid operand that causes no further error.

package main

func main() {
	a := 'ab' // ERROR "more than one character in rune literal"
	b := "\q" + 1 // ERROR "unknown escape"
	c := 0x + "s" // ERROR "hexadecimal literal has no digits"
	d := 09 // ERROR "invalid digit '9' in octal literal"
	e := "\400 \z" // ERROR "octal escape value 256 > 255" "unknown escape"
	var f int = "x" // ERROR "cannot use .x. \(untyped string constant\) as int value"
	println(a, b, c, d, e, f)
}
