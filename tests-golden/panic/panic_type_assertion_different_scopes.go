// A failed type assertion between distinct types that print alike (local types named T) says so, as Go does.

package main

import "fmt"

var X interface{}

type T struct{}

func F1() {
	type T struct{}
	X = T{}
}

func main() {
	F1()
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = X.(T)
	}()
	func() {
		type T struct{}
		defer func() { fmt.Println(recover()) }()
		_ = X.(T)
	}()
	func() {
		type T struct{ a int }
		defer func() { fmt.Println(recover()) }()
		_ = X.(*T)
	}()
	func() {
		type T int
		type U = T
		X = U(1)
		defer func() { fmt.Println(recover()) }()
		_ = X.(fmt.Stringer)
	}()
}
