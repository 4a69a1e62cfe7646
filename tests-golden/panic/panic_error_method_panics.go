// An Error method that panics with a string while the runtime prints the panic value: a fatal error quoting it.
package main

import "fmt"

type failing struct{ code int }

func (f failing) Error() string {
	panic(fmt.Sprintf("cannot describe failure %d", f.code))
}

func main() {
	defer fmt.Println("deferred call runs first")
	panic(failing{7})
}
