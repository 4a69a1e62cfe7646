// Range statements that assign (=) to interface variables: each key and value is converted to the interface.
package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	var k, v any
	for k, v = range s {
	}
	fmt.Println(k, v)
	var r interface{ }
	for r = range "hé" {
	}
	fmt.Println(r)
	m := map[string]int{"x": 1}
	for k, v = range m {
	}
	fmt.Println(k, v)
	var e any
	for e = range []int{0, 1, 2} {
	}
	fmt.Println(e)
	c := make(chan int, 1)
	c <- 5
	close(c)
	for e = range c {
	}
	fmt.Printf("%v %T\n", e, e)
}
