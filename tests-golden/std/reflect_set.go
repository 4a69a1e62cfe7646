// reflect.Value writing: addressability, Set and the typed setters, SetLen, SetMapIndex, Addr, New, Zero and the
// fields a program may and may not set.
package main

import (
	"fmt"
	"reflect"
)

type Config struct {
	Name    string
	Port    int
	Ratio   float32
	Debug   bool
	Tags    []string
	Limits  map[string]int
	Nested  struct{ Level uint8 }
	private int
	Any     any
}

// fill sets every settable field from its name, as a config loader does.
func fill(ptr any) {
	v := reflect.ValueOf(ptr).Elem()
	t := v.Type()
	for i, nf := 0, v.NumField(); i < nf; i++ {
		f := v.Field(i)
		if !f.CanSet() {
			fmt.Println("skip", t.Field(i).Name)
			continue
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString("svc")
		case reflect.Int:
			f.SetInt(8080)
		case reflect.Float32:
			f.SetFloat(0.1)
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Slice:
			f.Set(reflect.Append(f, reflect.ValueOf("x"), reflect.ValueOf("y")))
		case reflect.Map:
			f.Set(reflect.MakeMap(f.Type()))
			f.SetMapIndex(reflect.ValueOf("max"), reflect.ValueOf(10))
		case reflect.Struct:
			f.Field(0).SetUint(300)
		case reflect.Interface:
			f.Set(reflect.ValueOf(3.5))
		}
	}
}

func main() {
	var c Config
	fill(&c)
	fmt.Printf("%+v\n", c)

	x := 1
	v := reflect.ValueOf(x)
	fmt.Println(v.CanAddr(), v.CanSet())
	p := reflect.ValueOf(&x).Elem()
	fmt.Println(p.CanAddr(), p.CanSet())
	p.SetInt(5)
	p.Set(reflect.ValueOf(6))
	fmt.Println(x, p.Addr().Interface() == &x)

	s := []int{1, 2, 3, 4}
	sv := reflect.ValueOf(&s).Elem()
	sv.Index(0).SetInt(10)
	sv.SetLen(2)
	fmt.Println(s, len(s), cap(s))
	reflect.ValueOf(s).Index(1).SetInt(20) // elements of a slice are addressable
	fmt.Println(s)

	arr := [2]string{"a", "b"}
	reflect.ValueOf(&arr).Elem().Index(1).SetString("B")
	fmt.Println(arr, reflect.ValueOf(arr).Index(0).CanSet())

	m := map[string][]int{}
	mv := reflect.ValueOf(m)
	mv.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf([]int{1}))
	mv.SetMapIndex(reflect.ValueOf("gone"), reflect.ValueOf([]int{2}))
	mv.SetMapIndex(reflect.ValueOf("gone"), reflect.Value{})
	fmt.Println(m)

	n := reflect.New(reflect.TypeOf(Config{}))
	n.Elem().FieldByName("Port").SetInt(1)
	cfg := n.Interface().(*Config)
	fmt.Println(cfg.Port, n.Kind(), n.Type())
	ip := reflect.New(reflect.TypeOf(0))
	ip.Elem().SetInt(77)
	fmt.Println(*ip.Interface().(*int))
	z := reflect.Zero(reflect.TypeOf(Config{}))
	fmt.Println(z.CanSet(), z.Field(1))

	var f32 float32
	fv := reflect.ValueOf(&f32).Elem()
	fmt.Println(fv.OverflowFloat(1e39), fv.OverflowFloat(1e38))
	var i8 int8
	iv := reflect.ValueOf(&i8).Elem()
	fmt.Println(iv.OverflowInt(127), iv.OverflowInt(128), reflect.ValueOf(uint16(0)).OverflowUint(70000))
	iv.SetInt(-3)
	fmt.Println(i8, iv.Int(), iv.Interface())

	// copying out: Interface gives a copy of a struct, not the variable
	pt := struct{ A int }{1}
	pv := reflect.ValueOf(&pt).Elem()
	copied := pv.Interface().(struct{ A int })
	pv.Field(0).SetInt(2)
	fmt.Println(copied.A, pt.A)

	b := []byte("hello")
	n2 := reflect.Copy(reflect.ValueOf(b), reflect.ValueOf("HE"))
	fmt.Println(n2, string(b))
	dst := make([]int, 2)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{5, 6, 7})), dst)
	fmt.Println(reflect.AppendSlice(reflect.ValueOf([]int{1}), reflect.ValueOf([]int{2, 3})))

	words := []string{"a", "b", "c"}
	swap := reflect.Swapper(words)
	swap(0, 2)
	fmt.Println(words)
}
