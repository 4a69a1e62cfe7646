package main

// An embedded field named by an alias takes the alias's name: struct{ Int } (Int = int) has a field Int, so it
// is another type than struct{ int }, and two local aliases C give struct{ C } of different types.

import "fmt"

type Int = int

type A = struct{ int }
type B = struct{ Int }

type Named struct {
	Int
	Label
}

type Label = string

func main() {
	var x, y interface{} = A{}, B{}
	fmt.Println(x == y)
	b := B{Int: 4}
	fmt.Println(b.Int, b)

	{
		type C = int32
		x = struct{ C }{}
	}
	{
		type C = uint32
		y = struct{ C }{}
	}
	fmt.Println(x == y)

	n := Named{Int: 1, Label: "one"}
	n.Int++
	fmt.Printf("%v %+v\n", n, n)
}
