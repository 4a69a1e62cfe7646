package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body")
}

func argsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func named() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("recovered: %v", rec)
		}
	}()
	return a / b, nil
}

func helper() interface{} { return recover() }

func nestedRecover() (s string) {
	defer func() {
		r := helper()
		s = fmt.Sprint("helper got ", r)
		recover()
	}()
	panic("boom")
}

type E struct{ msg string }

func (e E) Error() string { return "E:" + e.msg }

func customPanic() (err error) {
	defer func() {
		r := recover()
		if asErr, ok := r.(error); ok {
			err = asErr
		}
	}()
	panic(E{"custom"})
}

func rePanic() {
	defer func() {
		r := recover()
		fmt.Println("outer recovered", r)
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re:", r))
	}()
	panic("first")
}

func main() {
	order()
	argsEval()
	fmt.Println(named())
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(nestedRecover())
	err := customPanic()
	fmt.Println(err)
	var target E
	fmt.Println(errors.As(err, &target), target.msg)
	rePanic()
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			fmt.Println("rt:", err.Error())
		}()
		var a []int
		_ = a[5]
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var m map[string]int
		m["x"] = 1
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		var i interface{} = "s"
		_ = i.(int)
	}()
	fmt.Println(recover())
}
