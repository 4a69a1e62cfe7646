// fmt scanning into complex128 and complex64 variables: re±imi forms, verbs, and the errors Go reports.
package main

import "fmt"

func main() {
	var c complex128
	var d complex64
	n, err := fmt.Sscan("1.5+2i 3.25-0.1i", &c, &d)
	fmt.Println(n, err, c, d)
	n, err = fmt.Sscanf("1-1i", "%v", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscanf("1e3+1e-3i", "%g", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscanf("1", "%d", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscan("2", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscan("2+3", &c)
	fmt.Println(n, err, c)
	n, err = fmt.Sscan("", &c)
	fmt.Println(n, err, c)
}
