package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Money shows the state a Format method is given: verb, flags, width and precision.
type Money int

func (m Money) Format(f fmt.State, verb rune) {
	var flags strings.Builder
	for _, c := range "-+# 0" {
		if f.Flag(int(c)) {
			flags.WriteRune(c)
		}
	}
	w, hasW := f.Width()
	p, hasP := f.Precision()
	fmt.Fprintf(f, "<%c flags=%q", verb, flags.String())
	if hasW {
		fmt.Fprintf(f, " w=%d", w)
	}
	if hasP {
		fmt.Fprintf(f, " p=%d", p)
	}
	f.Write([]byte(">"))
}

// Cents formats itself with the width and precision it is given, as a real type would.
type Cents int64

func (c Cents) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		s := fmt.Sprintf("$%d.%02d", c/100, c%100)
		if f.Flag('+') {
			s = "+" + s
		}
		if w, ok := f.Width(); ok && len(s) < w {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		io.WriteString(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", int64(c))
	default:
		fmt.Fprintf(f, "%%!%c(Cents=%d)", verb, int64(c))
	}
}

// Loud is an error whose Format decides how it prints, also through %w.
type Loud struct{ msg string }

func (l *Loud) Error() string { return l.msg }

func (l *Loud) Format(f fmt.State, verb rune) {
	fmt.Fprintf(f, "LOUD[%c](%s)", verb, strings.ToUpper(l.msg))
}

func main() {
	m := Money(5)
	fmt.Printf("%v|%d|%s|%x|%q|%c|%z\n", m, m, m, m, m, m, m)
	fmt.Printf("%-8v|%+v|%#v|% d|%08d|%-08d\n", m, m, m, m, m, m)
	fmt.Printf("%5.2f|%.3s|%.0x|%10.d|%+#- 07.9v\n", m, m, m, m, m)
	fmt.Printf("%*d|%-*d|%.*d|%*.*v\n", 4, m, 6, m, 2, m, -3, 1, m)
	fmt.Printf("%[2]v %[1]d %v\n", m, Money(7))
	fmt.Printf("%!|%v\n", m)

	// the same value through every printing function
	fmt.Println(m, "and", m)
	fmt.Print(m, m, "\n")
	s := fmt.Sprint(m, 1, m)
	fmt.Println(s)
	fmt.Fprintln(os.Stdout, fmt.Sprintln(m)+"!")
	fmt.Printf("%v %v\n", m) // missing operand
	fmt.Printf("%d\n", m, m)  // extra operand
	fmt.Printf("%T %T\n", m, &m)
	p := fmt.Sprintf("%p", &m)
	fmt.Println(strings.HasPrefix(p, "0x"))

	c := Cents(12345)
	fmt.Printf("[%v] [%12v] [%-12v] [%+v] [%d] [%x]\n", c, c, c, c, c, c)
	fmt.Println(fmt.Sprintf("%s", Cents(-5)))

	var e error = &Loud{"disk full"}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q|%d\n", e, e, e, e)
	wrapped := fmt.Errorf("save: %w", e)
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped) == e)
	fmt.Println(fmt.Errorf("twice: %w %w", e, e))
	var sb strings.Builder
	fmt.Fprintf(&sb, "%8v|%v", m, e)
	fmt.Println(sb.String())
}
