package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Println("start")
	var i interface{} = "str"
	n := i.(int)
	fmt.Println(n)
}
