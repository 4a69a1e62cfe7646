package main

import (
	"encoding/json"
	"fmt"
)

type Temp float64

func (t *Temp) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`"%.1fC"`, float64(*t))), nil }

type Code int

func (c *Code) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("code-%d", int(*c))), nil }

type Holder struct {
	T  Temp
	C  Code
	TS []Temp
	TA [2]Temp
	M  map[string]Temp
}

type Name string

type Wrap struct {
	Name
	*Code
	Temp `json:"temp"`
}

func main() {
	c := Code(5)
	w := Wrap{"n", &c, 36.6}
	b, err := json.Marshal(w)
	fmt.Println(string(b), err)
	var back Wrap
	fmt.Println(json.Unmarshal([]byte(`{"Name":"m","Code":9,"temp":1}`), &back), back.Name, back.Temp)

	h := Holder{T: 21.5, C: 7, TS: []Temp{1, 2}, TA: [2]Temp{3, 4}, M: map[string]Temp{"a": 5}}
	for _, v := range []interface{}{h, &h, []Temp{9}, [1]Temp{8}, &[1]Temp{8}, Temp(1), Code(2), []Code{3}} {
		b, err := json.Marshal(v)
		fmt.Println(string(b), err)
	}
}
