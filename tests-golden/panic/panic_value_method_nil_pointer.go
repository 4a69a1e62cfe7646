// panic(e) with e a nil *E whose Error method has a value receiver: printing the panic value calls (*E).Error,
// which panics itself, and Go gives up with a fatal error naming that second panic's type.
package main

import "fmt"

type E struct{ msg string }

func (e E) Error() string { return "E: " + e.msg }

func main() {
	fmt.Println("before")
	var e *E
	panic(e)
}
