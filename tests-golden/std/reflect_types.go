// reflect.Type: names, kinds, elements, struct fields and tags, functions, methods, relations and the type
// makers (PointerTo, SliceOf, MapOf, ChanOf, ArrayOf, FuncOf).
package main

import (
	"errors"
	"fmt"
	"reflect"
)

type Celsius float64

type Base struct {
	ID int `db:"id"`
}

type Shape interface {
	Area() float64
	Name() string
}

type Square struct {
	Base
	Side  float64 `json:"side,omitempty" db:"side"`
	label string
	Next  *Square
}

func (s Square) Area() float64  { return s.Side * s.Side }
func (s Square) Name() string   { return "square" }
func (s *Square) Grow(f float64) { s.Side *= f }

func describe(x any) {
	t := reflect.TypeOf(x)
	fmt.Printf("%-28v name=%q kind=%v size=%d\n", t, t.Name(), t.Kind(), t.Size())
}

func main() {
	for _, x := range []any{true, 1, int8(1), uint16(2), uintptr(3), 1.5, float32(2), 2i, complex64(1), "s",
		Celsius(3), []int{}, [3]string{}, map[string][]int{}, make(chan int), make(<-chan bool), new(int),
		Square{}, &Square{}, func(int, ...string) error { return nil }, struct{ A, B int }{}, errors.New("e")} {
		describe(x)
	}
	fmt.Println(reflect.TypeOf(nil) == nil)

	// elements and keys
	fmt.Println(reflect.TypeOf([]*int{}).Elem(), reflect.TypeOf([]*int{}).Elem().Elem())
	fmt.Println(reflect.TypeOf(map[string]bool{}).Key(), reflect.TypeOf(map[string]bool{}).Elem())
	fmt.Println(reflect.TypeOf([4]byte{}).Len(), reflect.TypeOf(make(chan<- int)).ChanDir(), reflect.TypeOf(make(chan int)).ChanDir())
	fmt.Println(reflect.TypeOf(int32(0)).Bits(), reflect.TypeOf(complex64(0)).Bits(), reflect.TypeOf(Celsius(0)).Bits())

	// struct fields and tags
	st := reflect.TypeOf(Square{})
	for i, nf := 0, st.NumField(); i < nf; i++ {
		f := st.Field(i)
		fmt.Printf("%d %s %v pkg=%q tag=%q json=%q offset=%d index=%v anon=%v exported=%v\n", i, f.Name, f.Type, f.PkgPath,
			f.Tag, f.Tag.Get("json"), f.Offset, f.Index, f.Anonymous, f.IsExported())
	}
	if f, ok := st.FieldByName("ID"); ok {
		v, ok := f.Tag.Lookup("db")
		fmt.Println("promoted:", f.Name, f.Index, v, ok)
	}
	_, ok := st.FieldByName("Missing")
	fmt.Println("missing:", ok)
	_, ok = reflect.StructTag(`a:"1"`).Lookup("b")
	fmt.Println(reflect.StructTag(`a:"1" b:"two \"words\""`).Get("b"), ok)

	// functions
	ft := reflect.TypeOf(func(int, ...string) (bool, error) { return false, nil })
	fmt.Println(ft.NumIn(), ft.In(0), ft.In(1), ft.IsVariadic(), ft.NumOut(), ft.Out(0), ft.Out(1))

	// methods
	for _, t := range []reflect.Type{st, reflect.TypeOf(&Square{}), reflect.TypeOf((*Shape)(nil)).Elem()} {
		fmt.Print(t, " has ", t.NumMethod(), ":")
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			fmt.Print(" ", m.Name, " ", m.Type, ";")
		}
		fmt.Println()
	}
	m, ok := reflect.TypeOf(&Square{}).MethodByName("Grow")
	fmt.Println(m.Name, m.Index, ok)

	// relations
	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	fmt.Println(st.Implements(shape), reflect.PtrTo(st).Implements(shape), st.Implements(stringer))
	fmt.Println(reflect.TypeOf(Celsius(0)).ConvertibleTo(reflect.TypeOf(0)), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})),
		reflect.TypeOf(1).AssignableTo(reflect.TypeOf(Celsius(0))), st.AssignableTo(shape))
	fmt.Println(st.Comparable(), reflect.TypeOf([]int{}).Comparable(), reflect.TypeOf(map[int]int{}).Comparable())

	// making types
	fmt.Println(reflect.PointerTo(st), reflect.SliceOf(st), reflect.MapOf(reflect.TypeOf(""), st),
		reflect.ChanOf(reflect.RecvDir, st), reflect.ArrayOf(3, st),
		reflect.FuncOf([]reflect.Type{reflect.TypeOf(0)}, []reflect.Type{reflect.TypeOf("")}, false))
	fmt.Println(reflect.SliceOf(reflect.TypeOf(0)) == reflect.TypeOf([]int{}), reflect.TypeOf(1) == reflect.TypeOf(2))
	seen := map[reflect.Type]int{}
	for _, x := range []any{1, "a", 2, 3.0, "b"} {
		seen[reflect.TypeOf(x)]++
	}
	fmt.Println(seen[reflect.TypeOf(0)], seen[reflect.TypeOf("")], len(seen))

	// kinds
	fmt.Println(reflect.Ptr == reflect.Pointer, reflect.Kind(100), reflect.UnsafePointer, reflect.Interface)
}
