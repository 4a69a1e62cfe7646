package main

import "fmt"

type Base struct{ n int }

func (b *Base) Name() string { return fmt.Sprint("base", b.n) }

type Outer struct{ *Base }

type Namer interface{ Name() string }

func main() {
	var n Namer = Outer{&Base{7}}
	fmt.Println(n.Name())
}
