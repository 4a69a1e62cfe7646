package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"
)

type T struct {
	A int
	b string
}

func main() {
	fmt.Println(reflect.TypeOf(json.Decoder{}).PkgPath())
	fmt.Println(reflect.TypeOf(T{}).PkgPath(), reflect.TypeOf(T{}).Field(1).PkgPath, reflect.TypeOf(T{}).Field(0).PkgPath == "")
	fmt.Println(reflect.TypeOf(strings.Builder{}).PkgPath(), reflect.TypeOf(time.Duration(0)).PkgPath(), reflect.TypeOf(0).PkgPath() == "")
	fmt.Println(reflect.TypeOf(struct{ x int }{}).Field(0).PkgPath)
}
