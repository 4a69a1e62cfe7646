// Compile errors of range over functions (Go 1.23); the messages are go/types' (Go 1.23+), written by hand as Go
// 1.19 cannot compile iterators at all.

package main

type MyBool bool

func noArgs()                                {}
func twoArgs(a, b func(int) bool)            {}
func result(yield func(int) bool) int        { return 0 }
func notFunc(yield int)                      {}
func tooMany(yield func(int, int, int) bool) {}
func userBool(yield func(int) MyBool)        {}
func noBool(yield func(int))                 {}
func zero(yield func() bool)                 {}
func one(yield func(int) bool)               {}

func main() {
	for range noArgs {
	}
	for range twoArgs {
	}
	for range result {
	}
	for range notFunc {
	}
	for range tooMany {
	}
	for range userBool {
	}
	for range noBool {
	}
	for x := range zero {
		_ = x
	}
	for x, y := range one {
		_, _ = x, y
	}
}
