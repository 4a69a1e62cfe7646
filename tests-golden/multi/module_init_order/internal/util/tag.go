package util

import "fmt"

// base is declared in a later file than its use in util.go, so it is initialised first.
var base = one()

func one() int {
	fmt.Println("init util.base")
	return 1
}

type Tag struct{ Name string }

func (t Tag) String() string { return "tag:" + t.Name }

func init() { fmt.Println("util.init in tag.go") }
