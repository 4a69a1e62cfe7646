// Every syntactic form of Go 1.22 that gosub's parser knows, in one valid file (gofmt -e accepts it).
package main

import (
	"fmt"
	m "math"
	. "strings"
	_ "os"
)

import _ `sort`

const Pi = 3.14159

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E    Weekday = 1 << iota
	F
)

type (
	Weekday int
	Alias   = Weekday
	Point   struct {
		X, Y float64 `json:"x"`
		Label    string "raw-ish tag"
		*Embedded
		fmt.Stringer
		List[int]
	}
	Embedded struct{}
	Shape    interface {
		Area() float64
		Perimeter() (p float64, err error)
		fmt.Stringer
	}
	Number interface {
		~int | ~int64 | ~float64
	}
	List[T any]                  struct{ items []T }
	Pair[K comparable, V any]    struct{ Key K; Val V }
	Tree[T interface{ Less(T) bool }] struct {
		Left, Right *Tree[T]
	}
	Arr     [4]int
	Arr2    [2 * 3][]map[string]chan<- int
	Fn      func(int, ...string) (bool, error)
	Ch      <-chan chan int
	Ch2     chan (<-chan int)
	Ch3     chan<- chan int
	Nested  map[[2]int]func() *struct{ a int }
	Generic interface{ comparable; ~[]byte | string }
)

var x, y int = 1, 2

var (
	z      = 3
	w      float64
	ch     = make(chan int, 10)
	bytes_ = []byte("hi")
)

func (p Point) String() string { return fmt.Sprintf("(%v, %v)", p.X, p.Y) }

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func (_ Pair[_, V]) Value() (v V) { return }

func MapSlice[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[S ~[]E, E Number](s S) (total E) {
	for i := range s {
		total += s[i]
	}
	return
}

func variadic(prefix string, xs ...int) int { return len(xs) }

func literals() {
	_ = []any{
		42, 0, 1_000_000, 0b1010, 0B1, 0o17, 0O17, 0777, 0x1F, 0X_ff,
		1.5, .5, 1., 1e10, 1E-3, 0x1p-2, 0x1.8p3, 6.67e-11,
		1i, 2.5i, 0x10i, 0123i,
		'a', '\n', '\'', '\\', '\x41', '\101', '\u00e9', '\U0001F600', 'ä',
		"str", "esc\t\"q\"\n", `raw
string with "quotes" and \n`, "",
	}
}

func statements(n int) (result int, err error) {
	var local int
	const k = 2
	type inner struct{ v int }
	local++
	local--
	local += 2
	local <<= 1
	local &^= 4
	a, b := 1, 2
	a, b = b, a
	p := &Point{X: 1, Y: 2}
	p.X *= 2
	arr := [...]string{2: "c", 0: "a"}
	s := arr[:]
	s = s[1:2]
	s = s[:1:2]
	s = s[0:1:1]
	mp := map[string][]int{"a": {1, 2}, "b": nil}
	pts := []Point{{X: 1}, {Y: 2}}
	grid := [][]int{{1, 2}, {3, 4}}
	keys := map[[2]int]string{{1, 2}: "one"}
	anon := struct {
		a int
		b string
	}{1, "x"}
	pair := Pair[string, int]{"a", 1}
	_ = Max[int](1, 2)
	_ = MapSlice[int, string](nil, func(i int) string { return fmt.Sprint(i) })
	_, _, _, _, _, _, _ = s, mp, pts, grid, keys, anon, pair
	c := make(chan int)
	go func() { c <- 1 }()
	defer fmt.Println("done")
	defer func() {
		if rec := recover(); rec != nil {
			err = fmt.Errorf("%v", rec)
		}
	}()
	v := <-c
	v, ok := <-c
	_ = !ok && v > 0 || -v < +v && ^v != 0 && v%2 == 1 && v&1 == v|1 && v^1 >= v>>1 && v<<1 <= v&^1
	var iface any = p
	if pt, ok := iface.(*Point); ok {
		_ = pt
	} else if iface == nil {
		return
	} else {
		local = 0
	}
	switch t := iface.(type) {
	case nil:
	case int, int64:
		_ = t
	case *Point, []int, map[string]int, func(), chan int, <-chan int, interface{ M() }:
	default:
	}
	switch iface.(type) {
	}
	switch x := n; {
	case x > 0:
		fallthrough
	case x < 0:
		break
	default:
	}
	switch n {
	case 1, 2, 3:
	}
	switch {
	}
	select {
	case v := <-c:
		_ = v
	case v, ok = <-c:
	case <-c:
	case c <- 1:
	default:
	}
	select {}
outer:
	for i := 0; i < n; i++ {
		for j := range n {
			if j == i {
				continue outer
			}
			if j > i {
				break outer
			}
		}
	}
	for {
		break
	}
	for n > 0 {
		n--
	}
	for ; ; n++ {
		break
	}
	for range 10 {
	}
	for i := range 10 {
		_ = i
	}
	for k, v := range mp {
		_, _ = k, v
	}
	var key string
	for key = range mp {
	}
	_ = key
	for range c {
	}
	for _, p := range []Point{{1, 2, "", nil, nil, List[int]{}}} {
		_ = p
	}
	if (inner{}) == (inner{v: 1}) {
	}
	if x := (Point{X: 1}); x.X > 0 {
	}
	if f := func() bool { return true }; f() {
	}
	goto end
end:
	f := (*Point).String
	g := Point.String
	h := p.String
	_, _, _ = f, g, h
	_ = m.Sqrt(2)
	_ = ToUpper("x")
	_ = (<-chan int)(c)
	_ = (func())(nil)
	_ = []byte("x")
	_ = string(rune(65))
	_ = new(struct{})
	_ = make(map[string]func() int)
	_ = variadic("a", s2i(s)...)
	var fn Fn
	_ = fn
	{
		nested := 1
		_ = nested
	}
	;
	return local, nil
}

func s2i([]string) []int { return nil }

func noBody()

func main() {
	fmt.Println(statements(3))
}
