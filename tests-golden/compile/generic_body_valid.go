package main

// Valid generic code, checked once generically (some of it never instantiated) and run per instantiation: every
// operation here is allowed by the whole type set of its type parameter, or by its core type.

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int8 | ~int64 | ~float64
}

type Bytes interface{ ~string | ~[]byte }

type MyInt int

func (m MyInt) String() string { return "MyInt(" + strconv.Itoa(int(m)) + ")" }

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x * 2 / 2
	}
	return s + 1 - 1
}

func Max[T ~int | ~float64 | ~string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Index[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func FirstByte[T Bytes](s T) byte {
	if len(s) == 0 {
		return 0
	}
	return s[0]
}

func AppendBytes[T Bytes](dst []byte, s T) []byte { return append(dst, s...) }

func Convert[From, To Number](x From) To { return To(x) }

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	delete(m, *new(K))
	return n
}

func Fill[S ~[]E, E any](n int, e E) S {
	s := make(S, n)
	for i := range s {
		s[i] = e
	}
	return s[:n:n]
}

func Drain[C ~chan E, E any](c C) (out []E) {
	close(c)
	for x := range c {
		out = append(out, x)
	}
	return out
}

func Names[T fmt.Stringer](xs []T) (s string) {
	for _, x := range xs {
		s += x.String() + " "
	}
	f := T.String
	if len(xs) > 0 {
		s += f(xs[0])
	}
	return s
}

type Point struct{ X, Y int }

func Origin[P ~struct{ X, Y int }]() P { return P{X: 0, Y: 1} }

func Deref[P ~*E, E any](p P) E { return *p }

func Apply[F ~func(int) int](f F, x int) int { return f(x) }

func Fact[T Number](n T) T {
	if n <= 1 {
		return 1
	}
	return n * Fact(n-1)
}

func Describe[T any](x T) string { return fmt.Sprint(any(x)) }

func IsZero[T comparable](x T) bool {
	var zero T
	return x == zero
}

func Halve[T ~float64 | ~int](x T) T { return x / 2 }

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(x T) *List[T] { l.items = append(l.items, x); return l }

func (l *List[E]) Each(f func(int, E)) {
	for i, x := range l.items {
		f(i, x)
	}
}

func (l List[_]) Len() int { return len(l.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

type Tree[T interface{ ~int | ~string }] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Insert(v T) *Tree[T] {
	if t == nil {
		return &Tree[T]{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree[T]) Walk(f func(T)) {
	if t != nil {
		t.Left.Walk(f)
		f(t.Val)
		t.Right.Walk(f)
	}
}

// never instantiated, yet valid
func unused[T ~[]int | ~[4]int](x T) int { return x[0] + len(x) }

func unusedToo[T interface{ ~int; String() string }](x T) string { return x.String() + strconv.Itoa(int(x)) }

func main() {
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.5), Sum[int8](4, 5))
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1.5))
	fmt.Println(Index([]string{"a", "b"}, "b"), Index([]int{1}, 2))
	fmt.Println(FirstByte("hey"), FirstByte([]byte{7}), string(AppendBytes([]byte("x"), "yz")))
	fmt.Println(Convert[int, float64](3), Convert[float64, int8](2.9))
	fmt.Println(Keys(map[string]int{"a": 1, "": 2}))
	fmt.Println(Fill[[]string](2, "z"), len(Fill[[]int](3, 0)))
	c := make(chan int, 2)
	c <- 1
	c <- 2
	fmt.Println(Drain(c))
	fmt.Println(Names([]MyInt{1, 2}))
	fmt.Println(Origin[Point](), Deref(&Point{3, 4}), Apply(func(x int) int { return x * 10 }, 4))
	fmt.Println(Fact(5), Fact(5.0), Describe([]int{1}), IsZero(0), IsZero("x"), Halve(7), Halve(7.0))
	l := &List[string]{}
	l.Push("a").Push("b").Each(func(i int, s string) { fmt.Print(i, s, " ") })
	fmt.Println(l.Len())
	fmt.Println(Pair[int, bool]{1, true}.Swap())
	var t *Tree[string]
	for _, s := range []string{"m", "c", "x"} {
		t = t.Insert(s)
	}
	t.Walk(func(s string) { fmt.Print(s) })
	fmt.Println()
}
