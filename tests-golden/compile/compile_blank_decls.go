// Package-level constants and types named _ are checked like any other, though nothing refers to them; a
// wrong built-in argument count is reported at the call.
package main

import "strings"

const _ = len(strings.Repeat("a", 2))

const _ = nope

type _ struct{ a undefinedT }

var _ = len()

func main() {}
