// Type strings of another package's types: unexported fields of its anonymous structs, its embedded types, and
// func types that mention them; and field PkgPath for them.
package main

import (
	"fmt"
	"reflect"

	"example.com/m/other"
)

func main() {
	for _, x := range []any{other.T{}, other.Anon, other.Func(), []other.T{}, map[string]*other.T{}} {
		t := reflect.TypeOf(x)
		fmt.Printf("%v | %T | %q %q\n", t, x, t.Name(), t.PkgPath())
	}
	t := reflect.TypeOf(other.Anon)
	for i, n := 0, t.NumField(); i < n; i++ {
		f := t.Field(i)
		fmt.Printf("%s %q %v %v %q\n", f.Name, f.PkgPath, f.Type, f.Anonymous, f.Tag)
	}
	local := struct{ a int }{}
	fmt.Println(reflect.TypeOf(local) == reflect.TypeOf(other.Anon), reflect.TypeOf(local).Field(0).PkgPath)
}
