package main

import (
	"fmt"
	"os" // ERROR "imported and not used: .os."
	"strings"
)

var a = 1
var a = 2 // ERROR "a redeclared in this block"

func f() {}
func f() {} // ERROR "f redeclared in this block"

type T int

func (T) m() {}
func (T) m() {} // ERROR "T.m redeclared in this block"

func main() {
	fmt.Println(undefinedName) // ERROR "undefined: undefinedName"
	x := 1
	x := 2 // ERROR "no new variables on left side of :="
	_ = x
	_ = strings.NoSuchFunc // ERROR "undefined: strings.NoSuchFunc"
	_ = _ // ERROR "cannot use _ as value"
	init() // ERROR "undefined: init"
}
