package main

import "fmt"

// A map keyed by the struct being declared: the key is judged once the struct is complete.
type Registry struct {
	entries map[Registry]int
	next    *Registry
}

// A struct that holds a slice is not comparable either, even when the map is declared first.
type Bad struct {
	m map[Bad]int
	s []int
}

type Node map[Node]bool

// Comparable once complete: a map of these is fine.
type Point struct {
	byNeighbour map[*Point]int
	x, y        int
}

func main() {
	r := Registry{}
	fmt.Println(len(r.entries), Point{}.x)
}
