// A function whose signature uses its own name (or another function's) as a type: Go reads the function
// being declared as func() and says it is not a type; the checker must not recurse into the signature forever.
package main

func string(name string) {}

func main() {}
