package main

import "fmt"

type Setter[T any] interface {
	*T
	Set(string)
}

type Item struct{ v string }

func (i *Item) Set(s string) { i.v = s }

func FromStrings[T any, PT Setter[T]](ss []string) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		p.Set(s)
	}
	return out
}

type Num interface{ ~int | ~float64 }

func SumMap[K comparable, V Num](m map[K]V) V {
	var s V
	for _, v := range m {
		s += v
	}
	return s
}

type Queue[T any] struct{ items []T }

func (q *Queue[T]) Push(xs ...T) { q.items = append(q.items, xs...) }
func (q *Queue[T]) Pop() T {
	x := q.items[0]
	q.items = q.items[1:]
	return x
}
func (q Queue[T]) Len() int { return len(q.items) }

func MapQ[T, U any](q *Queue[T], f func(T) U) *Queue[U] {
	r := &Queue[U]{}
	for q.Len() > 0 {
		r.Push(f(q.Pop()))
	}
	return r
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func Zip[A, B any](as []A, bs []B) []Pair[A, B] {
	var out []Pair[A, B]
	for i := range as {
		if i < len(bs) {
			out = append(out, Pair[A, B]{as[i], bs[i]})
		}
	}
	return out
}

func Keys[K comparable, V any](m map[K]V) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

func TypeName[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return fmt.Sprintf("%T", x)
}

func main() {
	items := FromStrings[Item, *Item]([]string{"a", "b"})
	fmt.Println(items)
	fmt.Println(SumMap(map[string]int{"a": 1, "b": 2}), SumMap(map[int]float64{1: 0.5}))
	q := &Queue[int]{}
	q.Push(1, 2, 3)
	sq := MapQ(q, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(sq.items, q.Len(), sq.Len())
	fmt.Println(Zip([]int{1, 2, 3}, []string{"x", "y"}))
	fmt.Printf("%+v\n", Zip([]bool{true}, []float64{1.5}))
	fmt.Println(len(Keys(map[int]bool{1: true, 2: false})))
	fmt.Println(TypeName(1), TypeName("s"), TypeName(1.5), TypeName([]int{}))
	var anyv any = 5
	fmt.Println(anyv)
}
