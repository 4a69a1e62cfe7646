package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type TokenKind int

const (
	NUM TokenKind = iota
	OP
	LP
	RP
)

func (k TokenKind) String() string {
	switch k {
	case NUM:
		return "NUM"
	case OP:
		return "OP"
	case LP:
		return "LP"
	}
	return "RP"
}

type Token struct {
	Kind TokenKind
	Text string
}

var ErrSyntax = errors.New("syntax error")

func lex(s string) ([]Token, error) {
	var toks []Token
	for i := 0; i < len(s); {
		c := rune(s[i])
		switch {
		case unicode.IsSpace(c):
			i++
		case unicode.IsDigit(c):
			j := i
			for j < len(s) && unicode.IsDigit(rune(s[j])) {
				j++
			}
			toks = append(toks, Token{NUM, s[i:j]})
			i = j
		case strings.ContainsRune("+-*/", c):
			toks = append(toks, Token{OP, string(c)})
			i++
		case c == '(':
			toks = append(toks, Token{LP, "("})
			i++
		case c == ')':
			toks = append(toks, Token{RP, ")"})
			i++
		default:
			return nil, fmt.Errorf("bad char %q at %d: %w", c, i, ErrSyntax)
		}
	}
	return toks, nil
}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() *Token {
	if p.pos < len(p.toks) {
		return &p.toks[p.pos]
	}
	return nil
}

func (p *parser) expr() int {
	v := p.term()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "+" || t.Text == "-"); t = p.peek() {
		p.pos++
		r := p.term()
		if t.Text == "+" {
			v += r
		} else {
			v -= r
		}
	}
	return v
}

func (p *parser) term() int {
	v := p.factor()
	for t := p.peek(); t != nil && t.Kind == OP && (t.Text == "*" || t.Text == "/"); t = p.peek() {
		p.pos++
		r := p.factor()
		if t.Text == "*" {
			v *= r
		} else {
			v /= r
		}
	}
	return v
}

func (p *parser) factor() int {
	t := p.peek()
	if t == nil {
		panic(ErrSyntax)
	}
	p.pos++
	switch t.Kind {
	case NUM:
		n, _ := strconv.Atoi(t.Text)
		return n
	case LP:
		v := p.expr()
		p.pos++
		return v
	case OP:
		if t.Text == "-" {
			return -p.factor()
		}
	}
	panic(fmt.Sprintf("unexpected %v %q", t.Kind, t.Text))
}

func eval(s string) (res int, err error) {
	defer func() {
		if rec := recover(); rec != nil {
			switch x := rec.(type) {
			case error:
				err = x
			default:
				err = fmt.Errorf("%v", x)
			}
		}
	}()
	toks, err := lex(s)
	if err != nil {
		return 0, err
	}
	p := &parser{toks: toks}
	return p.expr(), nil
}

func main() {
	for _, s := range []string{"1+2*3", "(1+2)*3", "10/(5-3)", "-4*-2", "2*", "3 $ 4", "1/0", ")"} {
		v, err := eval(s)
		if err != nil {
			fmt.Printf("%-10s error: %v (syntax=%v)\n", s, err, errors.Is(err, ErrSyntax))
			continue
		}
		fmt.Printf("%-10s = %d\n", s, v)
	}
}
