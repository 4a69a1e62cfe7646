package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func SortSlice[T Ordered](s []T) {
	for n := 1; n < len(s); n++ {
		for j := n; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)           { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool      { _, ok := s[v]; return ok }
func NewSet[T comparable](vs ...T) Set[T] {
	s := Set[T]{}
	for _, v := range vs {
		s.Add(v)
	}
	return s
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Filter[S interface{ ~[]E }, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

type IntList []int

type Stringer interface{ String() string }

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.V) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + ";"
	}
	return s
}

func Zero[T any]() T {
	var z T
	return z
}

type Num interface{ ~int | ~float64 }

func Scale[T Num](x T, k T) T { return x * k }

type Tree[T Ordered] struct {
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
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	xs := []float64{3.5, 1, 2}
	SortSlice(xs)
	ss := []string{"b", "c", "a"}
	SortSlice(ss)
	fmt.Println(xs, ss)
	s := NewSet(1, 2, 3)
	fmt.Println(s.Has(2), s.Has(5), len(s))
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, x int) string { return a + fmt.Sprint(x) }))
	il := IntList{1, 2, 3, 4}
	ev := Filter(il, func(x int) bool { return x%2 == 0 })
	fmt.Printf("%v %T\n", ev, ev)
	fmt.Println(JoinAll([]Box[int]{{1}, {2}}))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]())
	fmt.Println(Scale(2, 3), Scale(1.5, 2.0))
	var t *Tree[string]
	for _, w := range []string{"m", "c", "x", "a"} {
		t = t.Insert(w)
	}
	t.Walk(func(s string) { fmt.Print(s, " ") })
	fmt.Println()
	b := Box[[]int]{[]int{1}}
	fmt.Println(b, Box[string]{"s"})
	fmt.Printf("%T %T\n", b, Zero[Box[int]]())
}
