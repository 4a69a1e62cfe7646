package main

type T struct{ x int }

func main() {
	var e error
	_ = e.Error()
}
