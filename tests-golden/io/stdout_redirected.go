// Print, Printf and Println write where os.Stdout leads: a file put in its place, then nowhere once it is closed.
package main

import (
	"fmt"
	"os"
)

func main() {
	f, err := os.Create("out.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	saved := os.Stdout
	os.Stdout = f
	fmt.Println("to the file")
	fmt.Printf("%d %s\n", 42, "printf")
	fmt.Print("print\n")
	os.Stdout = saved
	f.Close()
	data, _ := os.ReadFile("out.txt")
	fmt.Print("file holds:\n", string(data))

	os.Stdout = f
	n, err := fmt.Println("into a closed file")
	os.Stdout = saved
	fmt.Println(n, err)

	fmt.Println("closing stdout:", os.Stdout.Close())
	n, err = fmt.Println("lost")
	fmt.Fprintln(os.Stderr, n, err)
	_, err = os.Stdout.WriteString("lost too")
	fmt.Fprintln(os.Stderr, err) // the second write fails alike
}
