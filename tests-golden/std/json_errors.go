package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type T struct{ A int }

func main() {
	inputs := []string{
		``, ` `, `x`, `{`, `{"a"`, `{"a":`, `{"a" 1}`, `{"a":1 "b":2}`, `{1:2}`, `{"a":1,}`, `[1,]`, `[1 2]`,
		`"abc`, "\"a\x01b\"", `"\x"`, `"\u12g4"`, `"\u12`, `-`, `-a`, `01`, `1.`, `1.e5`, `1e`, `1e+`, `1ea`,
		`tru`, `trux`, `nul`, `nulL`, `falsy`, `{} {}`, `1 2`, `[1] x`, `'a'`, "\xff", `[}`, `{]`, `{"a":1}}`,
		`[[[[`, "\t\n 7 \r\n", `"ok"`, `-0.5e-3`, `[1,2,{"a":[true,false,null]}]`, `{"\u00e9":""}`,
	}
	for _, in := range inputs {
		var v interface{}
		err := json.Unmarshal([]byte(in), &v)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			fmt.Printf("%q: %v (offset %d) valid=%v\n", in, err, se.Offset, json.Valid([]byte(in)))
		} else {
			fmt.Printf("%q: %v %v valid=%v\n", in, err, v, json.Valid([]byte(in)))
		}
	}
	var t T
	fmt.Println(json.Unmarshal([]byte(`{}`), t))
	fmt.Println(json.Unmarshal([]byte(`{}`), nil))
	var tp *T
	fmt.Println(json.Unmarshal([]byte(`{}`), tp))
	fmt.Println(json.Unmarshal([]byte(`{}`), map[string]int{}))
	err := json.Unmarshal([]byte(`{}`), 5)
	var ie *json.InvalidUnmarshalError
	fmt.Println(errors.As(err, &ie), err)
	// syntax errors come before type checks and before anything is stored
	t.A = 1
	fmt.Println(json.Unmarshal([]byte(`{"A": 2,}`), &t), t.A)
	fmt.Println(json.Unmarshal([]byte(`{"A": 2} x`), t))

	_, err = json.Marshal(map[string]interface{}{"f": func() {}})
	var ut *json.UnsupportedTypeError
	fmt.Println(errors.As(err, &ut), err)
	type node struct {
		Next *node
	}
	n := &node{}
	n.Next = n
	_, err = json.Marshal(n)
	var uv *json.UnsupportedValueError
	fmt.Println(errors.As(err, &uv), err)
}
