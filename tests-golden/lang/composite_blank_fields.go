// A composite literal evaluates the values it gives for blank (_) fields and drops them: the fields stay zero,
// as reflect and fmt show.
package main

import (
	"fmt"
	"reflect"
)

var x = struct{ a, _, c int }{1, 2, 3}

func f() int { fmt.Println("evaluated"); return 5 }

func main() {
	y := struct {
		_ int
		s string
		_ []int
	}{f(), "s", []int{1}}
	fmt.Println(reflect.ValueOf(x).Field(1).Int(), x, y, reflect.ValueOf(y).Field(2).IsNil())
	fmt.Printf("%+v %#v\n", x, y)
}
