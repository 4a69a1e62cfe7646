package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	A = iota * 10
	B
	C = "str"
	D
	E = iota
)

const (
	KB = 1 << (10 * (iota + 1))
	MB
	GB
)

type Flags uint8

const (
	F1 Flags = 1 << iota
	F2
	F3
)

const big = 1 << 62
const huge = big * 4 / 8
const typed int32 = 5
const fl = 2.5
const str = "hello" + " " + "world"

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu"}[d]
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Printf("%d %v %T\n", Thursday, Thursday, Thursday)
	fmt.Println(A, B, C, D, E)
	fmt.Println(KB, MB, GB)
	fmt.Println(F1, F2, F3, F1|F3)
	fmt.Printf("%T %v\n", F3, F3)
	fmt.Println(huge, typed, fl*2, str, len(str))
	var f float32 = fl
	var i int = fl * 2
	fmt.Println(f, i)
	const x = 'a' + 1
	fmt.Printf("%T %v %c\n", x, x, x)
	const y = 10 / 4
	const z = 10 / 4.0
	fmt.Println(y, z)
	fmt.Printf("%T %T %T %T\n", y, z, 'x', "s")
	const m = len("abc")
	var arr [m]int
	fmt.Println(len(arr), arr)
	const c1 = 1e3
	var n int = c1
	fmt.Println(n)
}
