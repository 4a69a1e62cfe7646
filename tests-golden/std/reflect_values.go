// reflect.Value reading: kinds, numbers, strings, lengths, elements, fields, maps, nil and zero checks, and how
// fmt prints a Value.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Point struct {
	X, Y   int
	hidden string
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type Tree struct {
	Left, Right *Tree
	Val         int
}

func walk(v reflect.Value, depth int) {
	pad := fmt.Sprintf("%*s", depth*2, "")
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			fmt.Println(pad + "nil")
			return
		}
		walk(v.Elem(), depth)
	case reflect.Struct:
		fmt.Println(pad + v.Type().String())
		for i, nf := 0, v.NumField(); i < nf; i++ {
			fmt.Println(pad+" ", v.Type().Field(i).Name)
			walk(v.Field(i), depth+1)
		}
	default:
		fmt.Println(pad, v.Kind(), v)
	}
}

func main() {
	vals := []any{int8(-5), uint8(250), int64(-1 << 40), uint64(1 << 63), float32(1.5), 2.25, complex(1, -2), "héllo", true}
	for _, x := range vals {
		v := reflect.ValueOf(x)
		switch v.Kind() {
		case reflect.Int8, reflect.Int64, reflect.Int, reflect.Int16, reflect.Int32:
			fmt.Println("int", v.Int())
		case reflect.Uint8, reflect.Uint64, reflect.Uint, reflect.Uint16, reflect.Uint32:
			fmt.Println("uint", v.Uint())
		case reflect.Float64, reflect.Float32:
			fmt.Println("float", v.Float())
		case reflect.Complex128, reflect.Complex64:
			fmt.Println("complex", v.Complex())
		case reflect.String:
			fmt.Println("string", v.String(), v.Len(), v.Index(1).Uint())
		case reflect.Bool:
			fmt.Println("bool", v.Bool())
		}
	}

	p := Point{1, 2, "secret"}
	v := reflect.ValueOf(p)
	fmt.Println(v, v.Type(), v.Kind(), v.NumField(), v.Field(0).Int(), v.Field(2).String(), v.Field(2).CanInterface())
	fmt.Println(v.Interface().(Point).Y, v.FieldByName("Y"), v.FieldByName("Nope").IsValid())
	fmt.Printf("%v %d %T %v\n", v, v.Field(1), v, reflect.Value{})
	fmt.Println(reflect.ValueOf(42), reflect.ValueOf("str"), reflect.ValueOf([]int{1}).String(), reflect.ValueOf(3).String())

	s := reflect.ValueOf([]string{"a", "b", "c"})
	fmt.Println(s.Len(), s.Cap(), s.Index(2), s.Slice(1, 3), s.Slice3(0, 1, 2).Cap())
	arr := [3]int{7, 8, 9}
	fmt.Println(reflect.ValueOf(arr).Index(1), reflect.ValueOf(&arr).Elem().Slice(1, 3), reflect.ValueOf(&arr).Len())
	fmt.Println(reflect.ValueOf([]byte("hi")).Bytes(), reflect.ValueOf("hello").Slice(1, 3))

	m := reflect.ValueOf(map[string]int{"b": 2, "a": 1, "c": 3})
	keys := m.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Print(k, "=", m.MapIndex(k), " ")
	}
	fmt.Println(m.Len(), m.MapIndex(reflect.ValueOf("z")).IsValid())
	sum := 0
	it := m.MapRange()
	for it.Next() {
		sum += int(it.Value().Int()) * len(it.Key().String())
	}
	fmt.Println("sum", sum)

	var nilMap map[string]int
	var nilPtr *Point
	var nilIface fmt.Stringer
	var nilFunc func()
	fmt.Println(reflect.ValueOf(nilMap).IsNil(), reflect.ValueOf(nilPtr).IsNil(), reflect.ValueOf(&nilIface).Elem().IsNil(),
		reflect.ValueOf(nilFunc).IsNil(), reflect.ValueOf(nilMap).Len())
	fmt.Println(reflect.ValueOf(nilPtr).Elem().IsValid(), reflect.ValueOf(&nilIface).Elem().Elem().IsValid())
	fmt.Println(reflect.ValueOf(0).IsZero(), reflect.ValueOf(Point{}).IsZero(), reflect.ValueOf(Point{X: 1}).IsZero(),
		reflect.ValueOf([2]float64{}).IsZero(), reflect.ValueOf("").IsZero(), reflect.ValueOf([]int{}).IsZero())

	var st fmt.Stringer = Point{3, 4, ""}
	iv := reflect.ValueOf(&st).Elem()
	fmt.Println(iv.Kind(), iv.Elem().Kind(), iv.Elem().Type(), iv.NumMethod(), iv.Elem().Field(0))

	t := &Tree{Left: &Tree{Val: 1}, Val: 2}
	walk(reflect.ValueOf(t), 0)
	fmt.Println(reflect.Indirect(reflect.ValueOf(t)).Type(), reflect.Indirect(reflect.ValueOf(5)).Type())
	fmt.Println(reflect.ValueOf(t).Elem().FieldByIndex([]int{0, 2}))
}
