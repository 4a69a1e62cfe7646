package main

// An expression built from a name that is not found has the invalid type: Go reports the name and nothing about
// what follows from it (no "type int has no field or method").

import (
	"fmt"
	"io"
	"os"
)

type Temp float64

func (t Temp) Format(f fmt.NoState, c rune) { // ERROR "undefined: fmt.NoState"
	io.WriteString(f, "x")
	var w io.Writer = f
	w.Write(nil)
}

type holder struct {
	f os.NoFile // ERROR "undefined: os.NoFile"
}

func open() *os.NoFile { // ERROR "undefined: os.NoFile"
	return nil
}

func main() {
	f := os.NoSuchFunc() // ERROR "undefined: os.NoSuchFunc"
	f.Close()
	var h holder
	h.f.Close()
	open().Close()
	for i, v := range missing { // ERROR "undefined: missing"
		fmt.Println(i + "x", v.Field)
	}
	n := len(f) + f*2
	fmt.Println(n, Temp(1))
}
