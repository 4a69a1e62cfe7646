// Method values through reflect at their edges: deferred and go'd, converted, compared by DeepEqual, from
// unexported fields and nil receivers, and the panics of bad indexes and bad calls.
package main

import (
	"fmt"
	"reflect"
)

type Counter struct{ n int }

func (c Counter) Get() int       { return c.n }
func (c *Counter) Add(d int) int { c.n += d; return c.n }

type hidden struct {
	c Counter
}

type GetFunc func() int

type Shape interface{ Area() int }

type Namer interface{ Name() string }

type dog struct{}

func (dog) Name() string { return "dog" }

// Box's Name is promoted from an embedded interface field.
type Box struct {
	Namer
	N int
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
	c := &Counter{1}
	add := reflect.ValueOf(c).MethodByName("Add").Interface().(func(int) int)
	func() {
		defer add(10)
	}()
	fmt.Println("deferred:", c.n)
	done := make(chan bool)
	go func() {
		add(100)
		done <- true
	}()
	<-done
	fmt.Println("in a goroutine:", c.n)

	get := reflect.ValueOf(*c).MethodByName("Get")
	conv := get.Convert(reflect.TypeOf(GetFunc(nil)))
	fmt.Println(conv.Type(), conv.Interface().(GetFunc)())
	fmt.Println(reflect.DeepEqual(get.Interface(), get.Interface()), get.Interface() == nil)
	fmt.Println(get.IsNil(), get.IsZero(), get.IsValid())

	try("method index", func() { reflect.ValueOf(c).Method(5) })
	try("negative method index", func() { reflect.ValueOf(c).Method(-1) })
	try("type method index", func() { reflect.TypeOf(c).Method(3) })
	try("method of zero Value", func() { reflect.Value{}.Method(0) })
	try("methodbyname of zero Value", func() { reflect.Value{}.MethodByName("Get") })
	try("numethod of zero Value", func() { reflect.Value{}.NumMethod() })
	var s Shape
	try("method of nil interface", func() { reflect.ValueOf(&s).Elem().Method(0) })
	try("missing method", func() { fmt.Println(reflect.ValueOf(c).MethodByName("Nope").IsValid()) })
	try("call with wrong type", func() {
		reflect.ValueOf(c).MethodByName("Add").Call([]reflect.Value{reflect.ValueOf("x")})
	})
	try("call with too many", func() {
		reflect.ValueOf(c).MethodByName("Add").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2)})
	})
	try("set into wrong func type", func() {
		var f func() string
		reflect.ValueOf(&f).Elem().Set(get)
	})
	h := reflect.ValueOf(hidden{Counter{3}}).Field(0)
	try("unexported receiver", func() { fmt.Println(h.Method(0).Call(nil)[0]) })
	try("interface of unexported method value", func() { h.Method(0).Interface() })
	try("caninterface", func() { fmt.Println(h.Method(0).CanInterface(), get.CanInterface()) })
	var nilc *Counter
	nilGet := reflect.ValueOf(nilc).MethodByName("Get").Interface().(func() int)
	try("value method on nil pointer", func() { nilGet() })
	nilAdd := reflect.ValueOf(nilc).MethodByName("Add").Interface().(func(int) int)
	try("pointer method on nil pointer", func() { nilAdd(1) })
	getExpr := reflect.TypeOf(nilc).Method(1).Func.Interface().(func(*Counter) int)
	try("method expression on nil pointer", func() { getExpr(nil) })
	areaExpr := reflect.TypeOf((*Shape)(nil)).Elem().Method(0)
	try("interface method Func", func() { areaExpr.Func.Call(nil) })

	b := Box{dog{}, 1}
	name := reflect.ValueOf(b).MethodByName("Name")
	fmt.Println("promoted from an interface field:", name.Call(nil)[0], name.Interface().(func() string)())
	nameExpr, _ := reflect.TypeOf(&b).MethodByName("Name")
	fmt.Println(nameExpr.Func.Interface().(func(*Box) string)(&b), nameExpr.Type)
	emptyName := reflect.ValueOf(Box{}).MethodByName("Name").Interface().(func() string)
	try("promoted from a nil interface field", func() { emptyName() })
}
