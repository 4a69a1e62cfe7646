package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Item struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

func tokens(in string, useNumber bool) {
	dec := json.NewDecoder(strings.NewReader(in))
	if useNumber {
		dec.UseNumber()
	}
	for {
		t, err := dec.Token()
		if err == io.EOF {
			fmt.Println("EOF", dec.InputOffset())
			return
		}
		if err != nil {
			fmt.Println("error:", err, dec.InputOffset())
			return
		}
		fmt.Printf("%T %v more=%v\n", t, t, dec.More())
	}
}

func main() {
	tokens(`{"a": [1, "two", true, null, {"b": {}}], "c": -2.5e3} [] 7`, false)
	tokens(`[1, 12345678901234567890]`, true)
	for _, bad := range []string{`[1 2]`, `{"a" 1}`, `{"a": 1 "b"}`, `{1: 2}`, `]`, `[,]`, `{"a":1,}`, `[1,]`, `:`, `{"a":1}}`} {
		tokens(bad, false)
	}

	// the usual way to stream a large array
	dec := json.NewDecoder(strings.NewReader(`[{"id": 1, "name": "a"}, {"id": 2, "name": "b"}, {"id": 3}]`))
	t, err := dec.Token()
	fmt.Println(t, err)
	for dec.More() {
		var it Item
		err := dec.Decode(&it)
		fmt.Println(it, err)
	}
	t, err = dec.Token()
	fmt.Println(t, err)
	t, err = dec.Token()
	fmt.Println(t, err)

	// objects too, with Decode for the values
	dec = json.NewDecoder(strings.NewReader(`{"x": {"id": 9}, "y": [1, 2]} `))
	dec.Token()
	for dec.More() {
		key, _ := dec.Token()
		var v interface{}
		fmt.Println(key, dec.Decode(&v), v)
	}
	fmt.Println(dec.Token())

	// Decode where a value cannot start
	dec = json.NewDecoder(strings.NewReader(`{"k": 1}`))
	dec.Token()
	var v interface{}
	fmt.Println(dec.Decode(&v))
	dec = json.NewDecoder(strings.NewReader(`[1 2]`))
	dec.Token()
	fmt.Println(dec.Decode(&v), v)
	fmt.Println(dec.Decode(&v), v)
	fmt.Println(json.Delim('{'), json.Delim(']').String())
}
