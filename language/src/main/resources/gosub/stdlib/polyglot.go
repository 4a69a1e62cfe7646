// Package polyglot is gosub's door to the rest of the polyglot context a Go program runs in: the values the
// embedder shares through the polyglot bindings, sources of the context's other languages, and Java classes when
// the embedder grants host access. It has no counterpart in Go's standard library.
//
// What comes from the other side is a Value. Its methods call it, read and write its members and elements, and
// convert it to Go types; each reports what the other side refused (a missing member, a value of another kind,
// access the context does not allow) or threw as an *Error. Go values handed to the other side (the arguments of
// Call, the value of Set, Export) go out as the embedder sees every Go value: numbers, strings and booleans as
// themselves, slices as arrays, maps as hashes, structs as objects with their exported fields and methods, funcs
// as executables, and a Value as what it wraps.
//
// The natives behind the body-less functions are in gosub.language.stdlib.polyglot.
package polyglot

// Value is a value of another language, or of Java: a member of the polyglot bindings, the result of Eval, of a
// call or of a member read. The zero Value is null, as is a Value of the other side's null. A Value is not
// comparable with ==; compare what its conversions give.
type Value struct {
	// ref holds the other side's object (see gosub.language.interop.ForeignValues); nil for null
	ref func()
}

// Error is how an operation on the other side fails.
type Error struct {
	// Exception is the exception the other language threw (a Java exception, say), whose members and methods
	// may be used as any Value's; it is null when the operation was refused without one.
	Exception Value
	msg       string
}

// Error returns the message: what failed and why, with the exception's type and message when there is one.
func (e *Error) Error() string { return e.msg }

// result makes a native's three results (the value, a failure message, the exception) into a Value and an error.
func result(ref func(), msg string, exception func()) (Value, error) {
	if msg != "" {
		return Value{}, &Error{Exception: Value{exception}, msg: msg}
	}
	return Value{ref}, nil
}

// failure makes a native's failure message and exception into an error, nil when the message is empty.
func failure(msg string, exception func()) error {
	if msg != "" {
		return &Error{Exception: Value{exception}, msg: msg}
	}
	return nil
}

func importSymbol(name string) (func(), string, func())
func exportSymbol(name string, v any) (string, func())
func eval(language, source string) (func(), string, func())
func javaType(className string) (func(), string, func())
func call(ref func(), args []any) (func(), string, func())
func invoke(ref func(), method string, args []any) (func(), string, func())
func newInstance(ref func(), args []any) (func(), string, func())
func getMember(ref func(), member string) (func(), string, func())
func setMember(ref func(), member string, v any) (string, func())
func hasMember(ref func(), member string) bool
func members(ref func()) []string
func index(ref func(), i int) (func(), string, func())
func setIndex(ref func(), i int, v any) (string, func())
func length(ref func()) (int, string)
func isNull(ref func()) bool
func display(ref func()) string
func asInt(ref func()) (int64, string)
func asFloat(ref func()) (float64, string)
func asString(ref func()) (string, string)
func asBool(ref func()) (bool, string)
func wrap(v any) func()

// Import returns the value the embedder (or another language) put in the polyglot bindings under name, and the
// null Value when there is none. It fails when the context does not allow access to the bindings.
func Import(name string) (Value, error) {
	return result(importSymbol(name))
}

// Export puts v in the polyglot bindings under name, for the embedder and the context's other languages; a nil v
// removes the name. It fails when the context does not allow access to the bindings.
func Export(name string, v any) error {
	return failure(exportSymbol(name, v))
}

// Eval evaluates source in the context's language of the given id ("go" for gosub itself, "js", "python", ...)
// and returns what the source evaluates to. A Go source that is not package main evaluates to a Value whose
// members are its exported functions. It fails when the language is not in the context or the source has errors.
func Eval(language, source string) (Value, error) {
	return result(eval(language, source))
}

// JavaType returns the Java class of the given fully qualified name as a Value: New makes instances, Get and
// Invoke reach its static fields and methods. It fails unless the embedder allows host class lookup (the gosub
// command does; an embedding context must be built with allowHostClassLookup or allowAllAccess).
func JavaType(className string) (Value, error) {
	return result(javaType(className))
}

// ValueOf returns v as a Value: a Go value as the other side sees it, and a Value as itself.
func ValueOf(v any) Value {
	return Value{wrap(v)}
}

// Call calls v, which must be executable (a function of another language, a Java lambda or functional object),
// with args, and returns its result.
func (v Value) Call(args ...any) (Value, error) {
	return result(call(v.ref, args))
}

// Invoke calls the method of v named method with args, and returns its result.
func (v Value) Invoke(method string, args ...any) (Value, error) {
	return result(invoke(v.ref, method, args))
}

// New makes an instance of v, which must be instantiable (a Java class from JavaType, a JavaScript class), with
// args for its constructor.
func (v Value) New(args ...any) (Value, error) {
	return result(newInstance(v.ref, args))
}

// Get reads the member of v named member (a field, a property, or a method as an executable Value).
func (v Value) Get(member string) (Value, error) {
	return result(getMember(v.ref, member))
}

// Set writes x to the member of v named member.
func (v Value) Set(member string, x any) error {
	return failure(setMember(v.ref, member, x))
}

// Has reports whether v has a member named member.
func (v Value) Has(member string) bool {
	return hasMember(v.ref, member)
}

// Members returns the names of v's members (none for a value without members).
func (v Value) Members() []string {
	return members(v.ref)
}

// Index reads element i of v, which must have array elements (a Java array or List, a JavaScript array).
func (v Value) Index(i int) (Value, error) {
	return result(index(v.ref, i))
}

// SetIndex writes x to element i of v.
func (v Value) SetIndex(i int, x any) error {
	return failure(setIndex(v.ref, i, x))
}

// Len returns the number of v's array elements, or of its hash entries for a map.
func (v Value) Len() (int, error) {
	n, msg := length(v.ref)
	return n, failure(msg, nil)
}

// IsNull reports whether v is null (the zero Value, Java's null, JavaScript's undefined or null, Go's nil).
func (v Value) IsNull() bool {
	return isNull(v.ref)
}

// String returns v as its own language displays it.
func (v Value) String() string {
	return display(v.ref)
}

// AsInt returns v as an int64; it fails unless v is a number that fits one exactly.
func (v Value) AsInt() (int64, error) {
	n, msg := asInt(v.ref)
	return n, failure(msg, nil)
}

// AsFloat returns v as a float64; it fails unless v is a number a float64 holds exactly.
func (v Value) AsFloat() (float64, error) {
	f, msg := asFloat(v.ref)
	return f, failure(msg, nil)
}

// AsString returns v as a string (its UTF-8 bytes); it fails unless v is a string.
func (v Value) AsString() (string, error) {
	s, msg := asString(v.ref)
	return s, failure(msg, nil)
}

// AsBool returns v as a bool; it fails unless v is a boolean.
func (v Value) AsBool() (bool, error) {
	b, msg := asBool(v.ref)
	return b, failure(msg, nil)
}
