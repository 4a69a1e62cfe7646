// A String method that fails with a run-time error while the runtime prints the panic value.
package main

type table []string

func (t table) String() string { return t[3] }

func main() {
	panic(table{"a"})
}
