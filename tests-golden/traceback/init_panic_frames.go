// A panic in the second init function: its frame is main.init.1, with nothing made up below it.
package main

import "fmt"

func f() int { panic("in var init") }

var x = g()

func g() int { return 1 }

func init() {
	fmt.Println("init 0")
}

func init() {
	panic(fmt.Sprint("init ", x))
}

func main() {}
