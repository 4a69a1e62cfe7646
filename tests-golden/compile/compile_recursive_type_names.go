package main

// A type defined as itself, directly or through other names, is invalid; through a struct's pointer field it
// is fine (Loop.Next).

type Self Self

type Ping Pong
type Pong Ping

type Loop struct{ Next *Again }
type Again Loop

func main() {
	var l Loop
	_ = l
}
