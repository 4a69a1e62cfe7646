// Type strings as reflect and %T show them: struct tags quoted, embedded and unexported fields, funcs with
// variadics and several results, channels of channels, and composites of them.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Inner struct{ X int }

type Named int

type G[T any] struct{ V T }

type P[K comparable, V any] map[K]V

func named() (n int, err error) { return }

func main() {
	show := func(x any) {
		t := reflect.TypeOf(x)
		fmt.Printf("%v | %T | %s\n", t, x, t.Kind())
	}
	show(struct {
		A int `json:"a"`
	}{})
	show(struct {
		A int    "plain"
		B string `json:"b,omitempty" xml:"b"`
		c bool   `tab:"	" quote:"\"" back:"\\"`
		D []byte `uni:"héllo ✓"`
	}{})
	show(struct {
		x int ""
		y int
	}{})
	show(struct {
		Bytes int "\xff\x00\a\u00e9\u200b"
	}{})
	show(struct {
		Inner
		*strings.Builder
		Named `embedded:"yes"`
	}{})
	show(struct{}{})
	show([]struct{ a, b int }{})
	show(map[string]struct {
		V int `k:"v"`
	}{})
	show(func(int, ...string) {})
	show(func(...[]int) (int, error) { return 0, nil })
	show(func(func(int) bool) func() { return nil })
	show(make(chan (<-chan int)))
	show(make(chan chan int))
	show(make(chan<- chan int))
	show(make(<-chan <-chan int))
	show(make(chan<- <-chan int))
	show(make(chan (chan<- int)))
	show([2]chan<- func(){})
	show((*interface{ M(int) string })(nil))
	show((*interface {
		fmt.Stringer
		M()
	})(nil))
	show(map[Named][]*Inner{})

	// a tag changes the type; an empty tag does not
	a := struct{ x int }{}
	b := struct {
		x int ""
	}{}
	c := struct {
		x int "t"
	}{}
	fmt.Println(reflect.TypeOf(a) == reflect.TypeOf(b), reflect.TypeOf(a) == reflect.TypeOf(c))
	fmt.Printf("%q %q\n", reflect.TypeOf(b).Field(0).Tag, reflect.TypeOf(c).Field(0).Tag)
	raw := struct {
		x int `t`
	}{}
	fmt.Println(reflect.TypeOf(raw) == reflect.TypeOf(c))

	// instances, result names (not part of the type), interfaces and blank fields
	for _, x := range []any{G[int]{}, G[G[string]]{}, P[string, []int]{}, named, new(any), new(error),
		struct{ *G[int] }{}, new(interface{ any }), func(a, b int, c ...any) {}, struct {
			_ int
			_ string `t:"1"`
		}{}, make(chan struct{}), (*[3]*int)(nil), func() (func() int, func()) { return nil, nil }} {
		show(x)
	}
}
