package main

// The standard library's internal packages are not for programs.

import (
	"fmt"
	"internal/oserror"
)

func main() {
	fmt.Println(oserror.ErrClosed)
}
