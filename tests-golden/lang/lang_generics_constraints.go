package main

import "fmt"

func Double[T ~int | ~float64](x T) T { return x * 2 }

func First[S ~[]E, E any](s S) E { return s[0] }

func Keys[M ~map[K]V, K comparable, V any](m M) int { return len(m) }

type Item struct{ name string }

func (i *Item) Set(s string) { i.name = s }

func Make[T any, PT interface {
	*T
	Set(string)
}](s string) T {
	var t T
	PT(&t).Set(s)
	return t
}

type MyInt int

func main() {
	fmt.Println(Double(21), Double(1.5), Double(MyInt(4)))
	fmt.Println(First([]int{7}), First([]string{"a"}))
	fmt.Println(Keys(map[string]int{"a": 1}))
	fmt.Println(Make[Item]("x"))
	var e error = error(nil)
	fmt.Println(e, interface{}(nil))
}
