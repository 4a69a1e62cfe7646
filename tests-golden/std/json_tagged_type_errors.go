// json's errors name struct types with tags as Go's type strings show them: each tag quoted.
package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var v []struct {
		A int `json:"a"`
	}
	err := json.Unmarshal([]byte(`{"a":1}`), &v)
	fmt.Println(err)
	_, err = json.Marshal(map[struct {
		K int `json:"k"`
	}]int{})
	fmt.Println(err)
}
