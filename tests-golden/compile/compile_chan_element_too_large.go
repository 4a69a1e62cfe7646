// A channel's element type must be smaller than 64 kB: Go's compiler says so where it lays out the channel
// type (a make call, a variable or type declared with it), once type checking has passed.
package main

import "fmt"

type frame [70000]byte

type wire chan [1 << 16]byte

var global chan [2 << 16]byte

func main() {
	frames := make(chan frame, 1)
	var local chan struct{ v [65536]byte }
	var fits chan [65535]byte
	again := make(chan frame)
	fmt.Println(len(frames), local == nil, fits == nil, again == nil)
}
