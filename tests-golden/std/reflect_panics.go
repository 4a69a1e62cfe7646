// reflect's panics, recovered and printed: ValueErrors, unaddressable and unexported values, indexes out of
// range, bad calls; the last one is not recovered.
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(*reflect.ValueError); ok {
			fmt.Printf("%s: ValueError %s %v: %v\n", name, e.Method, e.Kind, e)
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	try("int of string", func() { reflect.ValueOf("s").Int() })
	try("float of int", func() { reflect.ValueOf(1).Float() })
	try("zero value kind", func() { reflect.Value{}.Int() })
	try("len of int", func() { reflect.ValueOf(1).Len() })
	try("isnil of int", func() { reflect.ValueOf(1).IsNil() })
	try("elem of int", func() { reflect.ValueOf(1).Elem() })
	try("field of int", func() { reflect.ValueOf(1).Field(0) })
	try("set unaddressable", func() { reflect.ValueOf(1).SetInt(2) })
	try("set unexported", func() { reflect.ValueOf(&T{}).Elem().Field(1).SetString("x") })
	try("interface unexported", func() { reflect.ValueOf(T{}).Field(1).Interface() })
	try("set wrong type", func() { x := 0; reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s")) })
	try("setint on string", func() { s := ""; reflect.ValueOf(&s).Elem().SetInt(1) })
	try("field out of range", func() { reflect.ValueOf(T{}).Field(5) })
	try("index out of range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("array index", func() { reflect.ValueOf([1]int{}).Index(1) })
	try("type elem", func() { reflect.TypeOf(1).Elem() })
	try("type field", func() { reflect.TypeOf(1).Field(0) })
	try("type key", func() { reflect.TypeOf([]int{}).Key() })
	try("type len", func() { reflect.TypeOf([]int{}).Len() })
	try("type in", func() { reflect.TypeOf(1).NumIn() })
	try("implements non-interface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(2)) })
	try("call too few", func() { reflect.ValueOf(func(int) {}).Call(nil) })
	try("call wrong type", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{reflect.ValueOf("s")}) })
	try("call nil func", func() { var f func(); reflect.ValueOf(f).Call(nil) })
	try("addr", func() { reflect.ValueOf(1).Addr() })
	try("new nil", func() { reflect.New(nil) })
	try("makeslice", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 1) })
	try("convert", func() { reflect.ValueOf("s").Convert(reflect.TypeOf(0)) })
	try("set nil map", func() {
		var m map[string]int
		reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("mapindex wrong key", func() { reflect.ValueOf(map[string]int{}).MapIndex(reflect.ValueOf(1)) })
	try("method index", func() { reflect.ValueOf(T{}).Method(0) })
	try("swapper", func() { reflect.Swapper(3) })
	reflect.ValueOf(T{}).Field(0).SetInt(1)
}
