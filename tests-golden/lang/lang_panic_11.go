package main

import "fmt"

type T struct{ p *int }

func main() {
	var t T
	fmt.Println("deref")
	fmt.Println(*t.p)
}
