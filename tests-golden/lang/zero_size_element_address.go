package main

// Elements of a zero-size type in one array or slice have one address in Go (the array's, each element 0 bytes
// past the one before), so &a[i] == &a[j], also through interfaces and as map keys; separate zero-size variables
// are not made equal.

import "fmt"

type E struct{}

type Nested struct {
	a [0]int
	b struct{ c [0]string }
}

var global [10][0]byte
var slice = make([]struct{}, 10)

func main() {
	fmt.Println(&global[1] == &global[2], &slice[1] == &slice[9])
	var local [4]Nested
	fmt.Println(&local[0] == &local[3])
	local = [4]Nested{}
	fmt.Println(&local[1] == &local[2])

	s := make([]E, 3)
	var i, j any = &s[0], &s[1]
	fmt.Println(i == j)
	m := map[*E]int{}
	m[&s[0]]++
	m[&s[2]]++
	fmt.Println(len(m), m[&s[1]])

	var c, d E
	fmt.Println(&c == &d)
	type S struct {
		a int
		z E
	}
	var t1, t2 S
	fmt.Println(&t1.z == &t2.z)

	// appending and copying keep one address for all
	var grown []E
	for i := 0; i < 5; i++ {
		grown = append(grown, E{})
	}
	grown = append(grown, E{}, E{})
	grown = append(grown, s...)
	fmt.Println(len(grown), &grown[0] == &grown[4], &grown[0] == &grown[len(grown)-1])
	copied := make([]E, 2)
	copy(copied, grown)
	fmt.Println(&copied[0] == &copied[1], copied[0] == grown[3])

	// arrays of sized elements keep one address per element
	sized := make([]int, 2)
	fmt.Println(&sized[0] == &sized[1])
}
