package main

import (
	"encoding/json"
	"fmt"
)

type T struct {
	Kelvin int    `json:"kk"`
	Long   int    `json:"ss"`
	Cafe   string `json:"café"`
	Exact  int    `json:"Exact"`
	Other  int    `json:"exact"`
}

func main() {
	var t T
	fmt.Println(json.Unmarshal([]byte(`{"\u212ak": 1, "\u017fS": 2, "CAFÉ": "x", "EXACT": 3}`), &t), t)
	var u T
	fmt.Println(json.Unmarshal([]byte(`{"exact": 4, "Exact": 5}`), &u), u)
	var w T
	fmt.Println(json.Unmarshal([]byte(`{"cafÃ©": "no"}`), &w), w)
}
