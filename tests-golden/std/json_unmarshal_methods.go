package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type inner struct{ V int }

type Outer struct {
	*inner
	P   *int     `json:"p,string"`
	F   *float64 `json:"f,string,omitempty"`
	S   *string  `json:"s,string"`
	Arr [0]int   `json:",omitempty"`
	St  struct{} `json:",omitempty"`
}

type Strict int

func (s *Strict) UnmarshalJSON(b []byte) error {
	if strings.HasPrefix(string(b), "-") {
		return errors.New("negative not allowed")
	}
	*s = Strict(len(b))
	return nil
}

type Up string

func (u *Up) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		return errors.New("empty text")
	}
	*u = Up(strings.ToUpper(string(b)))
	return nil
}

func main() {
	n := 5
	s := "x"
	b, err := json.Marshal(Outer{P: &n, S: &s})
	fmt.Println(string(b), err)
	var o Outer
	fmt.Println(json.Unmarshal([]byte(`{"p": "12", "f": "2.5", "s": "\"q\""}`), &o), *o.P, *o.F, *o.S)
	fmt.Println(json.Unmarshal([]byte(`{"V": 3}`), &o), o.inner)
	var x interface{} = inner{1}
	fmt.Println(json.Unmarshal([]byte(`{"V": 2}`), &x), x)
	var ms map[string]Strict
	fmt.Println(json.Unmarshal([]byte(`{"a": 123, "b": [1,2]}`), &ms), ms)
	fmt.Println(json.Unmarshal([]byte(`{"a": -1}`), &ms))
	var st struct {
		A []Strict `json:"a"`
	}
	fmt.Println(json.Unmarshal([]byte(`{"a": [1, -2]}`), &st), st.A)
	var mu map[Up]Up
	fmt.Println(json.Unmarshal([]byte(`{"k": "v"}`), &mu), mu)
	fmt.Println(json.Unmarshal([]byte(`{"": "v"}`), &mu))
	fmt.Println(json.Unmarshal([]byte(`{"k": ""}`), &mu))
	var nb []byte
	fmt.Println(json.Unmarshal([]byte(`null`), &nb), nb == nil)
	fmt.Println(json.Unmarshal([]byte(`""`), &nb), nb == nil, len(nb))
	bb, _ := json.Marshal([]interface{}{[]byte(nil), []byte{}, [2]byte{1, 2}})
	fmt.Println(string(bb))
	var keep = map[string]interface{}{"a": 1}
	fmt.Println(json.Unmarshal([]byte(`{"b": 2}`), &keep), keep)
	var arr [2]interface{}
	fmt.Println(json.Unmarshal([]byte(`[1, "x", 3]`), &arr), arr)
}
