// A main package without main, whose other errors are all Go reports: its linker, which would say that main is
// missing, never runs. Also: results of no value or of several assigned to the blank identifier, and values
// declared with a type that does not exist.
package main

func none()              {}
func pair() (int, string) { return 1, "a" }

func f() {
	_ = none() // ERROR "none\(\) \(no value\) used as value"
	_ = pair() // ERROR "assignment mismatch: 1 variable but pair returns 2 values"
	var a nosuch = 1 + 2i // ERROR "undefined: nosuch"
	var b f = 1.5         // ERROR "f \(value of type func\(\)\) is not a type"
	var c, d nosuch = pair() // ERROR "undefined: nosuch"
	_, _, _, _ = a, b, c, d
}
