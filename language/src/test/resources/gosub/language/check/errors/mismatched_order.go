package main

// Go names the types of a mismatched binary operation in the order the operands are written, whichever is untyped.

type S struct{}

func main() {
	x := 1
	var s S
	_ = x + "a" // ERROR "invalid operation: x \+ .a. \(mismatched types int and untyped string\)"
	_ = "a" + x // ERROR "invalid operation: .a. \+ x \(mismatched types untyped string and int\)"
	_ = x == "s" // ERROR "invalid operation: x == .s. \(mismatched types int and untyped string\)"
	_ = x < "s" // ERROR "invalid operation: x < .s. \(mismatched types int and untyped string\)"
	_ = x + nil // ERROR "invalid operation: x \+ nil \(mismatched types int and untyped nil\)"
	_ = nil + x // ERROR "invalid operation: nil \+ x \(mismatched types untyped nil and int\)"
	_ = s + "a" // ERROR "invalid operation: s \+ .a. \(mismatched types S and untyped string\)"
	_ = "a" + s // ERROR "invalid operation: .a. \+ s \(mismatched types untyped string and S\)"
}
