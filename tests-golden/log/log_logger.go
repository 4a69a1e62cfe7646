package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func helper(l *log.Logger) {
	// Output with calldepth 2 reports the line of the call of helper.
	l.Output(2, "reported at the caller's line")
}

func main() {
	l := log.New(os.Stdout, "app: ", 0)
	l.Print("print", 1, 2, "x", "y")
	l.Printf("printf %d%%", 50)
	l.Println("println", 1, 2)
	l.Print("already ends in newline\n")
	l.Print()
	l.Print("")
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == os.Stdout)

	l.SetFlags(log.Lmsgprefix)
	l.Println("prefix moved before the message")
	l.SetFlags(log.Lshortfile)
	l.Println("with the file")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Printf("file, then prefix")
	helper(l)
	l.Output(1, "Output called directly")
	l.SetFlags(log.Llongfile | log.Lshortfile)
	l.SetPrefix("")
	l.Print("short wins over long")
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)

	var buf bytes.Buffer
	l2 := log.New(&buf, "[buf] ", 0)
	l2.Println("one")
	l2.Println("two")
	fmt.Print(buf.String())
	l2.SetOutput(os.Stdout)
	l2.Println("now on stdout")

	// The standard Logger, redirected.
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Print("package Print")
	log.Printf("package %s", "Printf")
	log.Println("package Println")
	log.Output(1, "package Output")
	log.SetFlags(log.Lshortfile)
	log.Println("package with file")
	fmt.Println(log.Prefix(), log.Flags(), log.Writer() == os.Stdout, log.Default().Prefix())

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %q\n", r)
		}()
		l.Panicf("bad value %d", 7)
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.Panicln("panic", "line")
	}()
	func() {
		defer func() { fmt.Printf("recovered %q\n", recover()) }()
		log.Panic("panic ", 3)
	}()
	fmt.Println(strings.Repeat("-", 10))
}
