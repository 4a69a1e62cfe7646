package main

const big = 1 << 100

func main() {
	var i8 int8 = 200   // ERROR "cannot use 200 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var u uint = -1     // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	var n int = 1.5     // ERROR "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	var m int = big     // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	const c int8 = 100
	_ = c * 2           // ERROR "c \* 2 \(constant 200 of type int8\) overflows int8"
	_ = int8(300)       // ERROR "cannot convert 300 \(untyped int constant\) to type int8$"
	_ = 1 / 0.0         // ERROR "invalid operation: division by zero"
	_, _, _, _ = i8, u, n, m
	_ = uint8(255) + 1  // ERROR "uint8\(255\) \+ 1 \(constant 256 of type uint8\) overflows uint8"
}
