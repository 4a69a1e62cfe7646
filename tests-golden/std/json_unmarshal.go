package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Inner struct {
	X int `json:"x"`
	Y string
}

type Base struct {
	ID int
}

type Config struct {
	*Base
	Name    string            `json:"name"`
	Port    int               `json:"port"`
	Ratio   float32           `json:"ratio"`
	Tags    []string          `json:"tags"`
	Limits  map[string]uint8  `json:"limits"`
	Inner   Inner             `json:"inner"`
	PInner  *Inner            `json:"pinner"`
	Any     interface{}       `json:"any"`
	Grid    [2]int            `json:"grid"`
	Raw     json.RawMessage   `json:"raw"`
	Data    []byte            `json:"data"`
	Count   int64             `json:"count,string"`
	Flag    bool              `json:"flag,string"`
	Ignored string            `json:"-"`
	ByKey   map[int]string    `json:"bykey"`
	Mixed   string
	hidden  int
}

type Color int

func (c *Color) UnmarshalJSON(b []byte) error {
	switch string(b) {
	case `"red"`:
		*c = 1
	case `"green"`:
		*c = 2
	default:
		return fmt.Errorf("bad color %s", b)
	}
	return nil
}

type Upper string

func (u *Upper) UnmarshalText(b []byte) error {
	*u = Upper(strings.ToUpper(string(b)))
	return nil
}

func main() {
	input := `{
		"ID": 9, "name": "srv", "port": 8080, "ratio": 0.1, "tags": ["a", "b"],
		"limits": {"x": 1, "y": 255}, "inner": {"x": 5, "y": "why"}, "pinner": {"x": 6},
		"any": {"k": [1, 2.5, "s", true, null, {"n": {}}]}, "grid": [1, 2, 3], "raw": {"keep" : [1, 2]},
		"data": "aGVsbG8=", "count": "77", "flag": "true", "Ignored": "no", "bykey": {"3": "three", "-1": "m"},
		"MIXED": "case", "hidden": 4, "unknown": [1, {"a": 2}]
	}`
	var c Config
	err := json.Unmarshal([]byte(input), &c)
	fmt.Println(err)
	fmt.Printf("%+v %+v %+v\n", *c.Base, c.Inner, *c.PInner)
	fmt.Println(c.Name, c.Port, c.Ratio, c.Tags, c.Limits, c.Any, c.Grid, string(c.Raw), string(c.Data), c.Count, c.Flag, c.Ignored, c.ByKey, c.Mixed, c.hidden)

	var v interface{}
	fmt.Println(json.Unmarshal([]byte(`[1, "two", {"three": 3.5, "four": [false]}, null, 1e3, -0.5]`), &v))
	fmt.Printf("%v %T\n", v, v)
	for _, e := range v.([]interface{}) {
		fmt.Printf("%T ", e)
	}
	fmt.Println()
	m := v.([]interface{})[2].(map[string]interface{})
	fmt.Println(m["three"], m["four"])

	var colors []Color
	fmt.Println(json.Unmarshal([]byte(`["red", "green"]`), &colors), colors)
	fmt.Println(json.Unmarshal([]byte(`["red", "blue"]`), &colors), colors)

	var ups map[Upper]Upper
	fmt.Println(json.Unmarshal([]byte(`{"a": "b", "c": "d"}`), &ups), ups)

	// merging into existing values
	existing := Inner{X: 1, Y: "keep"}
	fmt.Println(json.Unmarshal([]byte(`{"x": 2}`), &existing), existing)
	mm := map[string]int{"old": 1}
	fmt.Println(json.Unmarshal([]byte(`{"new": 2}`), &mm), mm)
	sl := []int{9, 9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1, 2]`), &sl), sl, len(sl))
	arr := [3]int{7, 7, 7}
	fmt.Println(json.Unmarshal([]byte(`[1]`), &arr), arr)
	var empty []int
	fmt.Println(json.Unmarshal([]byte(`[]`), &empty), empty == nil, len(empty))
	p := &Inner{X: 3}
	fmt.Println(json.Unmarshal([]byte(`null`), &p), p == nil)
	var ip *int
	fmt.Println(json.Unmarshal([]byte(`42`), &ip), *ip)
	var i8 int8
	fmt.Println(json.Unmarshal([]byte(`127`), &i8), i8)
	var u16 uint16
	fmt.Println(json.Unmarshal([]byte(`65535`), &u16), u16)
	var s string
	fmt.Println(json.Unmarshal([]byte(`"a\u00e9\ud83d\ude00\n\"\\\/\t\ud800x"`), &s), s, []byte(s))
	var f64 float64
	fmt.Println(json.Unmarshal([]byte(`1.7976931348623157e308`), &f64), f64)
	var anyPtr interface{} = &Inner{}
	fmt.Println(json.Unmarshal([]byte(`{"x": 11}`), &anyPtr), anyPtr.(*Inner).X)
	var n json.Number
	fmt.Println(json.Unmarshal([]byte(`12.50`), &n), n)
	var u Upper
	fmt.Println(json.Unmarshal([]byte(`"shout"`), &u), u)

	// errors
	var x struct {
		A int    `json:"a"`
		B string `json:"b"`
		C struct {
			D uint8 `json:"d"`
		} `json:"c"`
	}
	err = json.Unmarshal([]byte(`{"a": "str", "b": 5, "c": {"d": 300}}`), &x)
	fmt.Println(err)
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		fmt.Println(te.Value, te.Offset, te.Struct, te.Field)
	}
	err = json.Unmarshal([]byte(`{"c": {"d": -1}}`), &x)
	fmt.Println(err)
	fmt.Println(json.Unmarshal([]byte(`[1, 2]`), &existing))
	fmt.Println(json.Unmarshal([]byte(`{"a": 1.5}`), &x), x.A)
	fmt.Println(json.Unmarshal([]byte(`{"a": 1e2}`), &x))
	fmt.Println(json.Unmarshal([]byte(`99999999999999999999`), &f64), f64)
	fmt.Println(json.Unmarshal([]byte(`1e400`), &f64))
	fmt.Println(json.Unmarshal([]byte(`1e400`), &v))
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`1e39`), &f32))
	fmt.Println(json.Unmarshal([]byte(`true`), &s))
	fmt.Println(json.Unmarshal([]byte(`"x"`), &colors))
	fmt.Println(json.Unmarshal([]byte(`{"a": 1}`), &sl))
	fmt.Println(json.Unmarshal([]byte(`[1]`), &mm))
	var stringer fmt.Stringer
	fmt.Println(json.Unmarshal([]byte(`"x"`), &stringer))
	fmt.Println(json.Unmarshal([]byte(`{"count": 5}`), &c))
	fmt.Println(json.Unmarshal([]byte(`{"count": "x5"}`), &c))
	fmt.Println(json.Unmarshal([]byte(`{"data": "!!"}`), &c))
	fmt.Println(json.Unmarshal([]byte(`{"bykey": {"x": "y"}}`), &c))
	fmt.Println(json.Unmarshal([]byte(`{"n": "abc"}`), &struct{ N json.Number }{}))
	fmt.Println(json.Unmarshal([]byte(`1`), &u))
	var mb map[bool]int
	fmt.Println(json.Unmarshal([]byte(`{"true": 1}`), &mb))
}
