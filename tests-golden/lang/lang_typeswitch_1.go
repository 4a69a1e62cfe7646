package main

import "fmt"

type Celsius float64
type Temp interface{ C() Celsius }

func (c Celsius) C() Celsius { return c }

type MyErr struct{}

func (*MyErr) Error() string { return "myerr" }

func kind(x interface{}) string {
	switch x.(type) {
	case nil:
		return "nil"
	case bool:
		return "bool"
	case int, uint:
		return "int-ish"
	case Celsius:
		return "celsius"
	case func() int:
		return "func"
	case map[string]int:
		return "map"
	case *int:
		return "ptr"
	case error:
		return "error"
	case chan int:
		return "chan"
	case struct{}:
		return "empty struct"
	}
	return "unknown"
}

func main() {
	var n *int
	var me *MyErr
	var e error = me
	fmt.Println(kind(nil), kind(true), kind(uint(1)), kind(Celsius(1)))
	fmt.Println(kind(func() int { return 1 }), kind(map[string]int{}), kind(n), kind(e))
	fmt.Println(kind(make(chan int)), kind(struct{}{}), kind(1.5), kind(e == nil))
	var t Temp = Celsius(3)
	switch v := t.(type) {
	case Celsius:
		fmt.Println("celsius", v+1)
	}
	var x interface{} = 5
	switch v := x.(type) {
	case int, string:
		fmt.Printf("%T %v\n", v, v)
	}
	switch v := x.(type) {
	case fmt.Stringer:
		fmt.Println("stringer", v)
	default:
		fmt.Printf("default %T\n", v)
	}
	if v, ok := x.(int); ok && v > 3 {
		fmt.Println("big int")
	}
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	var ni interface{}
	_, ok = ni.(int)
	fmt.Println(ok)
	var err error
	switch err.(type) {
	case nil:
		fmt.Println("nil error")
	default:
		fmt.Println("non-nil")
	}
}
