package main

func main() {
unused: // ERROR "label unused defined and not used"
	for {
		break
	}
	goto missing // ERROR "label missing not defined"
L:
	for {
		break L
	}
L: // ERROR "label L already defined"
	for {
		continue L
	}
	break    // ERROR "break is not in a loop, switch, or select"
	continue // ERROR "continue is not in a loop"
	{
	B:
		;
	}
	goto B // ERROR "goto B jumps into block"
	goto V // ERROR "goto V jumps over declaration of v at labels.go:25:4"
	v := 1
	_ = v
V:
}
