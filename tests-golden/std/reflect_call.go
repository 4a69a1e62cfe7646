// reflect.Value.Call and methods: functions, variadic calls, CallSlice, methods through values, pointers and
// interfaces, method expressions, and conversions.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Add(d int) int { c.n += d; return c.n }
func (c Counter) Get() int        { return c.n }
func (c Counter) Describe(prefix string, more ...int) string {
	return fmt.Sprint(prefix, c.n, more)
}

type MyInt int

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("divide by zero")
	}
	return a / b, nil
}

func main() {
	f := reflect.ValueOf(divide)
	for _, b := range []int{2, 0} {
		out := f.Call([]reflect.Value{reflect.ValueOf(10), reflect.ValueOf(b)})
		fmt.Println(len(out), out[0].Int(), out[1].IsNil(), out[1])
	}
	join := reflect.ValueOf(strings.Join)
	fmt.Println(join.Call([]reflect.Value{reflect.ValueOf([]string{"a", "b"}), reflect.ValueOf("-")})[0])
	sprint := reflect.ValueOf(fmt.Sprint)
	fmt.Println(sprint.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("x"), reflect.ValueOf(2.5)})[0])
	fmt.Println(sprint.CallSlice([]reflect.Value{reflect.ValueOf([]any{"p", "q"})})[0])
	fmt.Println(reflect.ValueOf(func() {}).Call(nil), reflect.ValueOf(func(xs ...int) int { return len(xs) }).Call(nil)[0])

	c := &Counter{}
	cv := reflect.ValueOf(c)
	fmt.Println(cv.NumMethod(), cv.Elem().NumMethod())
	add := cv.MethodByName("Add")
	add.Call([]reflect.Value{reflect.ValueOf(5)})
	add.Call([]reflect.Value{reflect.ValueOf(2)})
	fmt.Println(c.n, cv.MethodByName("Get").Call(nil)[0], add.Type())
	fmt.Println(cv.MethodByName("Describe").Call([]reflect.Value{reflect.ValueOf("n="), reflect.ValueOf(1), reflect.ValueOf(2)})[0])
	fmt.Println(cv.MethodByName("Nope").IsValid())
	for i := 0; i < cv.NumMethod(); i++ {
		fmt.Println(i, cv.Type().Method(i).Name, cv.Method(i).Type())
	}

	var s fmt.Stringer = MyIntStringer(3)
	sv := reflect.ValueOf(&s).Elem()
	fmt.Println(sv.Method(0).Call(nil)[0])

	get, _ := reflect.TypeOf(Counter{}).MethodByName("Get")
	fmt.Println(get.Func.Call([]reflect.Value{reflect.ValueOf(Counter{9})})[0], get.Type)

	// conversions
	fmt.Println(reflect.ValueOf(65).Convert(reflect.TypeOf("")), reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)),
		reflect.ValueOf(int64(-1)).Convert(reflect.TypeOf(uint8(0))), reflect.ValueOf(MyInt(4)).Convert(reflect.TypeOf(0)).Type())
	fmt.Println(reflect.ValueOf("hé").Convert(reflect.TypeOf([]byte{})), reflect.ValueOf("hé").Convert(reflect.TypeOf([]rune{})),
		reflect.ValueOf([]byte("ok")).Convert(reflect.TypeOf("")), reflect.ValueOf(7).Convert(reflect.TypeOf(float32(0))))
	fmt.Println(reflect.ValueOf(1).CanConvert(reflect.TypeOf("")), reflect.ValueOf("1").CanConvert(reflect.TypeOf(0)))
	e := reflect.ValueOf(2).Convert(reflect.TypeOf((*any)(nil)).Elem())
	fmt.Println(e.Kind(), e.Elem().Kind(), e)
}

type MyIntStringer int

func (m MyIntStringer) String() string { return fmt.Sprintf("MyIntStringer(%d)", int(m)) }
