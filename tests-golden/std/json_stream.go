package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

type Event struct {
	Kind string          `json:"kind"`
	At   int             `json:"at"`
	Data json.RawMessage `json:"data,omitempty"`
}

// slowReader hands out a few bytes per Read, so values straddle reads.
type slowReader struct {
	s string
	n int
}

func (r *slowReader) Read(p []byte) (int, error) {
	if len(r.s) == 0 {
		return 0, io.EOF
	}
	k := r.n
	if k > len(r.s) {
		k = len(r.s)
	}
	if k > len(p) {
		k = len(p)
	}
	copy(p, r.s[:k])
	r.s = r.s[k:]
	return k, nil
}

func main() {
	encoder := json.NewEncoder(os.Stdout)
	encoder.Encode(Event{"start", 1, nil})
	encoder.Encode(map[string]string{"html": "<b>&</b>"})
	encoder.SetEscapeHTML(false)
	encoder.Encode(map[string]string{"html": "<b>&</b>"})
	encoder.SetIndent("", "\t")
	encoder.Encode(Event{"nested", 2, json.RawMessage(`{"a": [1, 2], "b": {}}`)})
	encoder.SetIndent("", "")
	encoder.Encode([]int{1, 2})
	fmt.Println(encoder.Encode(make(chan int)))

	stream := `{"kind": "a", "at": 1} {"kind": "b", "at": 2, "data": [1, {"x": null}]}
	[1, 2, 3] "str" 42 true null 3.25`
	for _, chunk := range []int{1, 3, 1000} {
		dec := json.NewDecoder(&slowReader{stream, chunk})
		for i := 0; ; i++ {
			var v interface{}
			if i < 2 {
				var e Event
				err := dec.Decode(&e)
				fmt.Println(err, e.Kind, e.At, string(e.Data))
				continue
			}
			err := dec.Decode(&v)
			if err == io.EOF {
				fmt.Println("EOF at", dec.InputOffset())
				break
			}
			fmt.Println(err, v)
		}
	}

	dec := json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890, "f": 1.5} {"a":1,"b":2} {"a":`))
	dec.UseNumber()
	var m map[string]interface{}
	fmt.Println(dec.Decode(&m), m)
	n := m["n"].(json.Number)
	i, err := n.Int64()
	fmt.Println(n.String(), i, err)
	f, err := m["f"].(json.Number).Float64()
	fmt.Println(f, err)
	var strict struct{ A int }
	dec.DisallowUnknownFields() // from here an unknown key is an error
	fmt.Println(dec.Decode(&strict), strict.A)
	fmt.Println(dec.Decode(&strict))
	fmt.Println(dec.Decode(&strict))

	bad := json.NewDecoder(strings.NewReader(`[1] [2 x] [3]`))
	var arr []int
	fmt.Println(bad.Decode(&arr), arr)
	err = bad.Decode(&arr)
	var se *json.SyntaxError
	fmt.Println(err, errors.As(err, &se), se.Offset)
	fmt.Println(bad.Decode(&arr))

	more := json.NewDecoder(strings.NewReader(` {"x": 1}  {"x": 2} `))
	for more.More() {
		var v map[string]int
		fmt.Println(more.Decode(&v), v)
	}

	var out bytes.Buffer
	fmt.Println(json.Compact(&out, []byte(" { \"a\" : [ 1 , 2 ] ,\n \"b\" : \"x y\" } ")), out.String())
	out.Reset()
	fmt.Println(json.Compact(&out, []byte(`{"a":}`)), out.Len())
	out.Reset()
	fmt.Println(json.Indent(&out, []byte(` {"a":[1,2,{}],"b":[],"c":{"d":"e"}}  `), "# ", "  "))
	fmt.Printf("%q\n", out.String())
	out.Reset()
	fmt.Println(json.Indent(&out, []byte(`[1,`), "", " "), out.Len())
	out.Reset()
	json.HTMLEscape(&out, []byte(`{"h":"<x>&`+"\u2028"+`"}`))
	fmt.Println(out.String())
	fmt.Println(json.Valid([]byte(`{"ok": [true]}`)), json.Valid([]byte(`{ok}`)))

	b, err := json.Marshal(struct {
		N json.Number
		M json.Number `json:",string"`
	}{"1e5", "7"})
	fmt.Println(string(b), err)
	_, err = json.Marshal(json.Number("abc"))
	fmt.Println(err)
	var raw struct{ R json.RawMessage }
	fmt.Println(json.Unmarshal([]byte(`{"R": [ 1, "two" ]}`), &raw), string(raw.R))

	// a bad target still takes its value from the stream
	targets := json.NewDecoder(strings.NewReader(`1 2 3`))
	var num int
	fmt.Println(targets.Decode(num))
	fmt.Println(targets.Decode(&num), num)
	fmt.Println(targets.Decode(nil))
	fmt.Println(targets.Decode(&num), num)
}
