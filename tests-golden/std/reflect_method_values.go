// Method values and method expressions through reflect: Value.Method and MethodByName called, handed out by
// Interface as funcs, stored with Set and passed to Call; Type.Method's Func with the receiver first.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Counter struct{ n int }

func (c Counter) Get() int       { return c.n }
func (c *Counter) Add(d int) int { c.n += d; return c.n }
func (c Counter) Join(sep string, parts ...string) string {
	return fmt.Sprint(c.n) + ":" + strings.Join(parts, sep)
}
func (c Counter) unexported() {}

type Getter interface{ Get() int }

type Wrapper struct {
	*Counter
	Label string
}

func main() {
	c := Counter{1}
	v := reflect.ValueOf(&c).Elem()
	fmt.Println(v.NumMethod(), reflect.ValueOf(&c).NumMethod())
	get := v.Method(0)
	fmt.Println(get.Kind(), get.Type(), get.CanInterface(), get.CanSet(), get.CanAddr())
	f := get.Interface().(func() int)
	c.n = 2
	fmt.Println("value receiver copied when Interface is called:", f(), get.Call(nil)[0].Int())

	add := reflect.ValueOf(&c).MethodByName("Add")
	addf := add.Interface().(func(int) int)
	fmt.Println("pointer receiver:", addf(10), c.n, add.Call([]reflect.Value{reflect.ValueOf(5)})[0], c.n)

	join := v.MethodByName("Join").Interface().(func(string, ...string) string)
	fmt.Println(join("-", "a", "b"))
	fmt.Printf("%T\n", v.MethodByName("Join").Interface())

	// a method value stored into a func variable and passed as an argument
	var g func() int
	reflect.ValueOf(&g).Elem().Set(v.MethodByName("Get"))
	fmt.Println("stored:", g())
	apply := func(h func(int) int, x int) int { return h(x) }
	out := reflect.ValueOf(apply).Call([]reflect.Value{add, reflect.ValueOf(1)})
	fmt.Println("passed:", out[0], c.n)
	m := map[string]func(int) int{}
	reflect.ValueOf(m).SetMapIndex(reflect.ValueOf("add"), add)
	fmt.Println("map:", m["add"](100))
	s := reflect.Append(reflect.ValueOf([]func() int{}), v.MethodByName("Get"))
	fmt.Println("slice:", s.Index(0).Interface().(func() int)())
	var anyf any = v.MethodByName("Get").Interface()
	fmt.Println("as any:", anyf.(func() int)())

	// through an interface Value: bound to the dynamic value
	var gi Getter = Counter{7}
	iv := reflect.ValueOf(&gi).Elem()
	fmt.Println(iv.Kind(), iv.NumMethod(), iv.Method(0).Type())
	fmt.Println("interface:", iv.Method(0).Interface().(func() int)())

	// promoted through an embedded pointer
	w := Wrapper{&Counter{3}, "w"}
	wv := reflect.ValueOf(w)
	fmt.Println(wv.NumMethod(), wv.Type().NumMethod())
	for i := 0; i < wv.NumMethod(); i++ {
		fmt.Println(i, wv.Type().Method(i).Name, wv.Method(i).Type())
	}
	fmt.Println("promoted:", wv.MethodByName("Add").Interface().(func(int) int)(4), w.n)

	// method expressions: Type.Method(i).Func takes the receiver first
	pt := reflect.TypeOf(&c)
	for i := 0; i < pt.NumMethod(); i++ {
		meth := pt.Method(i)
		fmt.Println(meth.Index, meth.Name, meth.Type, meth.Func.Type(), meth.Func.Kind())
	}
	addm, ok := pt.MethodByName("Add")
	fmt.Println(ok, addm.Func.Call([]reflect.Value{reflect.ValueOf(&c), reflect.ValueOf(1)})[0], c.n)
	adde := addm.Func.Interface().(func(*Counter, int) int)
	fmt.Println("expression:", adde(&c, 1), c.n)
	gete := reflect.TypeOf(c).Method(0).Func.Interface().(func(Counter) int)
	fmt.Println("value expression:", gete(Counter{9}))
	getp, _ := pt.MethodByName("Get")
	fmt.Println("value method through pointer:", getp.Func.Interface().(func(*Counter) int)(&c))
	_, ok = pt.MethodByName("unexported")
	fmt.Println("unexported found:", ok)

	// an interface type's methods have no Func
	im := reflect.TypeOf((*Getter)(nil)).Elem().Method(0)
	fmt.Println(im.Name, im.Type, im.Func.IsValid(), im.Index)

	// fmt prints method values as funcs
	fmt.Println(reflect.ValueOf(v.Method(0).Interface()).Kind(), v.Method(0).Interface() != nil)
	fmt.Println(v.Method(0).IsNil(), v.Method(0).IsZero())
}
