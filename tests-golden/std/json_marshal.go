package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
)

type Inner struct {
	X int    `json:"x"`
	Y string `json:"y,omitempty"`
}

type Base struct {
	ID   int
	Name string `json:"name"`
}

type T struct {
	Base
	*Inner
	A       int               `json:"a"`
	B       string            `json:"b,omitempty"`
	C       []int             `json:"c"`
	D       map[string]int    `json:"d"`
	E       *float64          `json:"e"`
	F       interface{}       `json:"f"`
	G       []byte            `json:"g"`
	H       bool              `json:"h,string"`
	I       int64             `json:"i,string"`
	S       string            `json:"s,string"`
	Skip    int               `json:"-"`
	Dash    int               `json:"-,"`
	private int
	M       map[int]string
	Arr     [3]uint8
	U       uint64
	F32     float32
	Empty   []string `json:",omitempty"`
}

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"celsius": %g}`, float64(c))), nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) {
	return []byte(strings.Repeat("*", int(l))), nil
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

type Broken struct{}

func (Broken) MarshalJSON() ([]byte, error) { return []byte("{x"), nil }

type PtrM struct{ V int }

func (p *PtrM) MarshalJSON() ([]byte, error) { return []byte(`"ptr"`), nil }

type EA struct {
	Name string
	X    int
}
type EB struct {
	Name string
	Y    int
}
type EG struct {
	Name string `json:"Name"`
}
type tie struct {
	EA
	EB
}
type outerWins struct {
	EA
	EB
	Name string
}
type taggedWins struct {
	EA
	EG
}
type lower struct{ Z int }
type embedsUnexported struct {
	lower
	EA `json:"ea"`
}

func show(v interface{}) {
	b, err := json.Marshal(v)
	fmt.Printf("%s | %v\n", b, err)
}

func main() {
	f := 2.5
	t := T{Base: Base{1, "n"}, Inner: &Inner{X: 3}, A: 1, C: []int{1, 2}, D: map[string]int{"z": 1, "a": 2},
		E: &f, F: []interface{}{1, "x", nil}, G: []byte("hello!?"), H: true, I: 42, S: "q\"s", M: map[int]string{10: "a", 2: "b", -1: "c"},
		U: math.MaxUint64, F32: 0.1}
	show(t)
	show(&t)
	show(nil)
	show([]int(nil))
	show(map[string]int(nil))
	for _, x := range []float64{0, 1, -1, 0.1, 1e20, 1e21, 1e-6, 1e-7, 123456789, 3.14159, 1.5e300, -0.0000001, 5e-324} {
		show(x)
	}
	show(float32(3.4e38))
	show(float32(1e-7))
	show("<a href=\"x\">&amp;</a> \u2028 \u2029 \x00\x1f\x7f \t\n\r\\ \xff é 日本")
	show(Celsius(21.5))
	show([]Celsius{1, 2})
	show(Level(3))
	show(map[Level]int{2: 1, 1: 2})
	show(Bad{})
	show(Broken{})
	show(PtrM{1})
	show(&PtrM{1})
	show([]PtrM{{1}})
	show(struct{ P PtrM }{})
	show(&struct{ P PtrM }{})
	show(make(chan int))
	show(math.NaN())
	show(math.Inf(-1))
	show(map[bool]int{true: 1})
	show(struct {
		F func()
	}{})
	show(complex(1, 2))
	show([2]bool{true, false})
	show(json.RawMessage(`{"a" : 1}`))
	show(struct{ R json.RawMessage }{})
	show(json.Number("12.5"))
	show(struct{ N json.Number }{})
	b, _ := json.MarshalIndent(map[string]interface{}{"a": []int{1, 2}, "b": map[string]int{}, "c": []int{}, "d": struct{ X int }{1}}, ">", "  ")
	fmt.Println(string(b))
	show(tie{EA{"a", 1}, EB{"b", 2}})
	show(outerWins{EA{"a", 1}, EB{"b", 2}, "outer"})
	show(taggedWins{EA{"a", 1}, EG{"g"}})
	show(embedsUnexported{lower{7}, EA{"a", 1}})
	show(struct{ *Inner }{})
	var e error
	_, e = json.Marshal(Bad{})
	var me *json.MarshalerError
	fmt.Println(errors.As(e, &me), errors.Unwrap(e))
}
