//gosub:partial
// Package reflect, as far as gosub goes: types and values looked at and changed at run time. gosub's values are
// Java objects, so the work is Java (natives under gosub.language.stdlib.reflect): a Type is a number that names a
// type in the context's table of types, and a Value holds a Java object that knows the value's type, where the
// value lives when it is addressable, and whether it came through an unexported field. This file keeps the API,
// the error type and what is plain Go (Kind names, struct tags, the map iterator). What needs memory addresses
// (UnsafeAddr, Pointer, SliceHeader, StringHeader), MakeFunc and StructOf are not there; names this file does not
// declare are refused by name. Channel operations and Select go through gosub's channel runtime, as <-ch does.
package reflect

import "strconv"

// Kind is the sort of type a Type is.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is Pointer's older name.
const Ptr = Pointer

var kindWords = [...]string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
	"uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func", "interface", "map",
	"ptr", "slice", "string", "struct", "unsafe.Pointer",
}

// String is the kind's lower-case name ("ptr" for Pointer), or "kindN" for a number no kind has.
func (k Kind) String() string {
	if int(k) < len(kindWords) {
		return kindWords[k]
	}
	return "kind" + strconv.FormatUint(uint64(k), 10)
}

// ChanDir is which ways a channel type lets values go.
type ChanDir int

const (
	RecvDir ChanDir = 1 << iota
	SendDir
	BothDir = RecvDir | SendDir
)

// String spells the direction as the channel type's keyword does.
func (d ChanDir) String() string {
	switch d {
	case SendDir:
		return "chan<-"
	case RecvDir:
		return "<-chan"
	case BothDir:
		return "chan"
	}
	return "ChanDir" + strconv.FormatInt(int64(d), 10)
}

// ---------------------------------------------------------------------------------------------------------------
// Types

// Type is a Go type. Two Types are == exactly when they are the same type.
type Type interface {
	Align() int
	FieldAlign() int
	Method(int) Method
	MethodByName(name string) (Method, bool)
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(to Type) bool
	Comparable() bool
	Bits() int
	ChanDir() ChanDir
	IsVariadic() bool
	Elem() Type
	Field(i int) StructField
	FieldByIndex(path []int) StructField
	FieldByName(field string) (StructField, bool)
	FieldByNameFunc(matches func(string) bool) (StructField, bool)
	In(i int) Type
	Key() Type
	Len() int
	NumField() int
	NumIn() int
	NumOut() int
	Out(i int) Type

	id() int
}

// rtype is the one implementation of Type: the number of a type in the context's table (1 on; 0 is no type).
type rtype int

// toType is the Type numbered n, or nil for 0.
func toType(n int) Type {
	if n == 0 {
		return nil
	}
	return rtype(n)
}

func idOf(t Type) int {
	if t == nil {
		return 0
	}
	return t.id()
}

func (t rtype) id() int { return int(t) }

func typeOfAny(i any) int
func typeString(t int) string
func typeName(t int) string
func typePkgPath(t int) string
func typeKind(t int) int
func typeSize(t int) int
func typeAlign(t int) int
func typeBits(t int) int
func typeComparable(t int) bool
func typeElem(t int) int
func typeKey(t int) int
func typeLen(t int) int
func typeChanDir(t int) int
func typeNumField(t int) int
func typeField(t int, i int) (name, pkgPath string, typ int, tag string, offset int, embedded bool)
func typeFieldByName(t int, name string) []int
func typeNumIn(t int) int
func typeIn(t int, i int) int
func typeNumOut(t int) int
func typeOut(t int, i int) int
func typeIsVariadic(t int) bool
func typeNumMethod(t int) int
func typeMethod(t int, i int) (name, pkgPath string, typ int, ok bool)
func typeMethodIndex(t int, name string) int
func typeRelation(t int, u int, relation int) bool
func typePointerTo(t int) int
func typeSliceOf(t int) int
func typeMapOf(k int, v int) int
func typeChanOf(dir int, t int) int
func typeArrayOf(n int, t int) int
func typeFuncOf(in []int, out []int, variadic bool) int

func (t rtype) String() string    { return typeString(int(t)) }
func (t rtype) Name() string      { return typeName(int(t)) }
func (t rtype) PkgPath() string   { return typePkgPath(int(t)) }
func (t rtype) Kind() Kind        { return Kind(typeKind(int(t))) }
func (t rtype) Size() uintptr     { return uintptr(typeSize(int(t))) }
func (t rtype) Align() int        { return typeAlign(int(t)) }
func (t rtype) FieldAlign() int   { return typeAlign(int(t)) }
func (t rtype) Bits() int         { return typeBits(int(t)) }
func (t rtype) Comparable() bool  { return typeComparable(int(t)) }
func (t rtype) Elem() Type        { return toType(typeElem(int(t))) }
func (t rtype) Key() Type         { return toType(typeKey(int(t))) }
func (t rtype) Len() int          { return typeLen(int(t)) }
func (t rtype) ChanDir() ChanDir  { return ChanDir(typeChanDir(int(t))) }
func (t rtype) NumField() int     { return typeNumField(int(t)) }
func (t rtype) NumIn() int        { return typeNumIn(int(t)) }
func (t rtype) In(i int) Type     { return toType(typeIn(int(t), i)) }
func (t rtype) NumOut() int       { return typeNumOut(int(t)) }
func (t rtype) Out(i int) Type    { return toType(typeOut(int(t), i)) }
func (t rtype) IsVariadic() bool  { return typeIsVariadic(int(t)) }
func (t rtype) NumMethod() int    { return typeNumMethod(int(t)) }
func (t rtype) Implements(u Type) bool {
	if u == nil {
		fail("reflect: nil type passed to Type.Implements")
	}
	if k := u.Kind(); k != Interface {
		fail("reflect: non-interface type passed to Type.Implements")
	}
	return typeRelation(int(t), idOf(u), relImplements)
}
func (t rtype) AssignableTo(u Type) bool {
	if u == nil {
		fail("reflect: nil type passed to Type.AssignableTo")
	}
	return typeRelation(int(t), idOf(u), relAssignable)
}
func (t rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		fail("reflect: nil type passed to Type.ConvertibleTo")
	}
	return typeRelation(int(t), idOf(u), relConvertible)
}

const (
	relImplements = iota
	relAssignable
	relConvertible
)

// StructField is one field of a struct type.
type StructField struct {
	Name      string
	PkgPath   string // empty for an exported field
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field's name is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

func (t rtype) Field(i int) StructField {
	name, pkg, typ, tag, offset, embedded := typeField(int(t), i)
	return StructField{Name: name, PkgPath: pkg, Type: toType(typ), Tag: StructTag(tag), Offset: uintptr(offset),
		Index: []int{i}, Anonymous: embedded}
}

func (t rtype) FieldByIndex(index []int) StructField {
	var f StructField
	var cur Type = t
	for n, i := range index {
		if n > 0 && cur.Kind() == Pointer && cur.Elem().Kind() == Struct {
			cur = cur.Elem()
		}
		f = cur.Field(i)
		cur = f.Type
	}
	f.Index = append([]int(nil), index...)
	return f
}

func (t rtype) FieldByName(name string) (StructField, bool) {
	var none StructField
	path := typeFieldByName(int(t), name)
	if path == nil {
		return none, false
	}
	return t.FieldByIndex(path), true
}

// FieldByNameFunc looks at the fields of the shallowest depth that has any match, as FieldByName does for one name.
func (t rtype) FieldByNameFunc(match func(string) bool) (StructField, bool) {
	if t.Kind() != Struct {
		fail("reflect: FieldByNameFunc of non-struct type " + t.String())
	}
	var none StructField
	type level struct {
		typ  Type
		path []int
	}
	current := []level{{t, nil}}
	seen := map[Type]bool{}
	for len(current) > 0 {
		var next []level
		var found StructField
		count := 0
		for _, l := range current {
			if seen[l.typ] {
				continue
			}
			seen[l.typ] = true
			for i := 0; i < l.typ.NumField(); i++ {
				f := l.typ.Field(i)
				path := append(append([]int(nil), l.path...), i)
				if match(f.Name) {
					count++
					if count == 1 {
						found = f
						found.Index = path
					}
					continue
				}
				if f.Anonymous {
					ft := f.Type
					if ft.Kind() == Pointer {
						ft = ft.Elem()
					}
					if ft.Kind() == Struct {
						next = append(next, level{ft, path})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return none, false
		}
		current = next
	}
	return none, false
}

// Method is one method of a type's method set.
type Method struct {
	Name    string
	PkgPath string
	Type    Type
	Func    Value
	Index   int
}

// IsExported reports whether the method's name is exported.
func (m Method) IsExported() bool { return m.PkgPath == "" }

func (t rtype) Method(i int) Method {
	name, pkg, typ, concrete := typeMethod(int(t), i)
	m := Method{Name: name, PkgPath: pkg, Type: toType(typ), Index: i}
	if concrete {
		m.Func = Value{methodExpr(int(t), i)}
	}
	return m
}

func (t rtype) MethodByName(name string) (Method, bool) {
	i := typeMethodIndex(int(t), name)
	if i < 0 {
		return Method{}, false
	}
	return t.Method(i), true
}

// TypeOf is the dynamic type of i, nil for a nil interface.
func TypeOf(i any) Type { return toType(typeOfAny(i)) }

// PtrTo is PointerTo's older name.
func PtrTo(t Type) Type { return PointerTo(t) }

// PointerTo is the type *t.
func PointerTo(t Type) Type { return toType(typePointerTo(idOf(t))) }

// SliceOf is the type []t.
func SliceOf(t Type) Type { return toType(typeSliceOf(idOf(t))) }

// MapOf is the type map[key]elem.
func MapOf(key, elem Type) Type {
	if !key.Comparable() {
		fail("reflect.MapOf: invalid key type " + key.String())
	}
	return toType(typeMapOf(idOf(key), idOf(elem)))
}

// ChanOf is the channel type of direction dir and element t.
func ChanOf(dir ChanDir, t Type) Type {
	if dir != RecvDir && dir != SendDir && dir != BothDir {
		fail("reflect.ChanOf: invalid dir")
	}
	return toType(typeChanOf(int(dir), idOf(t)))
}

// ArrayOf is the type [length]elem.
func ArrayOf(length int, elem Type) Type {
	if length < 0 {
		fail("reflect: negative length passed to ArrayOf")
	}
	return toType(typeArrayOf(length, idOf(elem)))
}

// FuncOf is the function type of those parameters and results.
func FuncOf(in, out []Type, variadic bool) Type {
	if n := len(in); variadic && (n == 0 || in[n-1].Kind() != Slice) {
		fail("reflect.FuncOf: last arg of variadic func must be slice")
	}
	ins := make([]int, len(in))
	for i, t := range in {
		ins[i] = idOf(t)
	}
	outs := make([]int, len(out))
	for i, t := range out {
		outs[i] = idOf(t)
	}
	return toType(typeFuncOf(ins, outs, variadic))
}

// ---------------------------------------------------------------------------------------------------------------
// Struct tags

// StructTag is a field's tag: space-separated key:"value" pairs by convention.
type StructTag string

// Get is the value under key, "" if there is none.
func (tag StructTag) Get(key string) string {
	v, _ := tag.Lookup(key)
	return v
}

// Lookup is the value under key and whether the key is there. Reading stops at the first pair that is not
// key:"quoted value".
func (tag StructTag) Lookup(key string) (value string, ok bool) {
	s := string(tag)
	for s != "" {
		for s != "" && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			break
		}
		end := 0
		for end < len(s) && s[end] > ' ' && s[end] != ':' && s[end] != '"' && s[end] != 0x7f {
			end++
		}
		if end == 0 || end+1 >= len(s) || s[end] != ':' || s[end+1] != '"' {
			break
		}
		name := s[:end]
		s = s[end+1:]
		closing := 1
		for closing < len(s) && s[closing] != '"' {
			if s[closing] == '\\' {
				closing++
			}
			closing++
		}
		if closing >= len(s) {
			break
		}
		quoted := s[:closing+1]
		s = s[closing+1:]
		if name == key {
			text, err := strconv.Unquote(quoted)
			if err != nil {
				break
			}
			return text, true
		}
	}
	return "", false
}

// ---------------------------------------------------------------------------------------------------------------
// Values

// Value is a Go value seen through reflection. The zero Value is no value: IsValid is false, and most methods
// panic on it.
type Value struct {
	h func()
}

// ValueError is the panic of a Value method called on a Value of a kind it does not take.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	what := "zero"
	if e.Kind != Invalid {
		what = e.Kind.String()
	}
	return "reflect: call of " + e.Method + " on " + what + " Value"
}

func init() {
	setPanics(func(method string, kind int) { panic(&ValueError{method, Kind(kind)}) })
}

// setPanics hands the natives the way to raise a *ValueError.
func setPanics(valueError func(method string, kind int))

func valueOf(i any) func()
func valueType(h func()) int
func valueKind(h func()) int
func valueInterface(h func(), method string) any
func valueFlags(h func()) int
func valueInt(h func()) int64
func valueUint(h func()) uint64
func valueFloat(h func()) float64
func valueComplex(h func()) complex128
func valueString(h func()) string
func valueBool(h func()) bool
func valueBytes(h func()) []byte
func valueLen(h func()) int
func valueCap(h func()) int
func valueIsNil(h func()) bool
func valueIsZero(h func()) bool
func valueIndex(h func(), i int) func()
func valueField(h func(), i int) func()
func valueNumField(h func()) int
func valueFieldByName(h func(), name string) func()
func valueElem(h func()) func()
func valueAddr(h func()) func()
func valueSet(h func(), x func(), method string)
func valueSetBits(h func(), method string, i int64, f float64, c complex128, s string, b bool)
func valueSetLen(h func(), n int)
func valueSlice(h func(), i, j, k int, three bool) func()
func valueMapKeys(h func()) []func()
func valueMapIndex(h func(), key func()) func()
func valueSetMapIndex(h func(), key func(), elem func())
func valueNumMethod(h func()) int
func valueMethod(h func(), i int) func()
func valueMethodIndex(h func(), name string) int
func valueCall(h func(), in []func(), spread bool) []func()
func valueConvert(h func(), t int) func()
func valueCanConvert(h func(), t int) bool
func valueOverflow(h func(), method string, i int64, f float64) bool
func methodExpr(t int, i int) func()
func newValue(t int) func()
func zeroValue(t int) func()
func makeSlice(t int, n, c int) func()
func makeMap(t int, n int) func()
func makeChan(t int, n int) func()
func appendValues(s func(), xs []func(), method string) func()
func copyValues(dst, src func()) int
func deepEqual(x, y any) bool
func swapElems(slice any, i, j int)
func sliceLen(slice any) int

const (
	flagAddressable = 1 << iota
	flagReadOnly
)

// ValueOf is a Value holding i's dynamic value, the zero Value for a nil interface.
func ValueOf(i any) Value { return Value{valueOf(i)} }

// IsValid reports whether v holds a value.
func (v Value) IsValid() bool { return v.h != nil }

// Kind is v's kind, Invalid for the zero Value.
func (v Value) Kind() Kind {
	if v.h == nil {
		return Invalid
	}
	return Kind(valueKind(v.h))
}

// Type is v's type.
func (v Value) Type() Type {
	if v.h == nil {
		panic(&ValueError{Method: "reflect.Value.Type"})
	}
	return toType(valueType(v.h))
}

func (v Value) Interface() any                { return valueInterface(v.h, "reflect.Value.Interface") }
func (v Value) CanInterface() bool {
	if v.h == nil {
		panic(&ValueError{Method: "reflect.Value.CanInterface"})
	}
	return valueFlags(v.h)&flagReadOnly == 0
}
func (v Value) CanAddr() bool { return v.h != nil && valueFlags(v.h)&flagAddressable != 0 }
func (v Value) CanSet() bool  { return v.h != nil && valueFlags(v.h) == flagAddressable }
func (v Value) Int() int64             { return valueInt(v.h) }
func (v Value) Uint() uint64           { return valueUint(v.h) }
func (v Value) Float() float64         { return valueFloat(v.h) }
func (v Value) Complex() complex128    { return valueComplex(v.h) }
func (v Value) Bool() bool             { return valueBool(v.h) }
func (v Value) Bytes() []byte          { return valueBytes(v.h) }
func (v Value) Len() int               { return valueLen(v.h) }
func (v Value) Cap() int               { return valueCap(v.h) }
func (v Value) IsNil() bool            { return valueIsNil(v.h) }
func (v Value) IsZero() bool           { return valueIsZero(v.h) }
func (v Value) Index(i int) Value      { return Value{valueIndex(v.h, i)} }
func (v Value) Field(i int) Value      { return Value{valueField(v.h, i)} }
func (v Value) NumField() int          { return valueNumField(v.h) }
func (v Value) Elem() Value            { return Value{valueElem(v.h)} }
func (v Value) Addr() Value            { return Value{valueAddr(v.h)} }
func (v Value) SetLen(n int)           { valueSetLen(v.h, n) }
func (v Value) NumMethod() int         { return valueNumMethod(v.h) }
func (v Value) Method(i int) Value     { return Value{valueMethod(v.h, i)} }
func (v Value) Convert(t Type) Value   { return Value{valueConvert(v.h, idOf(t))} }
func (v Value) CanConvert(t Type) bool { return valueCanConvert(v.h, idOf(t)) }

// String is the string v holds; for a Value of another kind, "<T Value>" (never a panic, for fmt's sake).
func (v Value) String() string {
	if v.h == nil {
		return "<invalid Value>"
	}
	return valueString(v.h)
}

func (v Value) FieldByName(name string) Value { return Value{valueFieldByName(v.h, name)} }

func (v Value) FieldByIndex(index []int) Value {
	for _, i := range index {
		if v.Kind() == Pointer && v.Type().Elem().Kind() == Struct {
			if v.IsNil() {
				fail("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(i)
	}
	return v
}

func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if sf, ok := v.Type().FieldByNameFunc(match); ok {
		return v.FieldByIndex(sf.Index)
	}
	return Value{}
}

func (v Value) MethodByName(name string) Value {
	if v.h == nil {
		panic(&ValueError{Method: "reflect.Value.MethodByName"})
	}
	i := valueMethodIndex(v.h, name)
	if i < 0 {
		return Value{}
	}
	return v.Method(i)
}

func (v Value) Set(x Value)             { valueSet(v.h, x.h, "reflect.Set") }
func (v Value) SetInt(x int64)          { valueSetBits(v.h, "reflect.Value.SetInt", x, 0, 0, "", false) }
func (v Value) SetUint(x uint64)        { valueSetBits(v.h, "reflect.Value.SetUint", int64(x), 0, 0, "", false) }
func (v Value) SetFloat(x float64)      { valueSetBits(v.h, "reflect.Value.SetFloat", 0, x, 0, "", false) }
func (v Value) SetComplex(x complex128) { valueSetBits(v.h, "reflect.Value.SetComplex", 0, 0, x, "", false) }
func (v Value) SetString(x string)      { valueSetBits(v.h, "reflect.Value.SetString", 0, 0, 0, x, false) }
func (v Value) SetBool(x bool)          { valueSetBits(v.h, "reflect.Value.SetBool", 0, 0, 0, "", x) }
func (v Value) SetBytes(x []byte)       { v.Set(ValueOf(x).Convert(v.Type())) }

// SetZero sets v to its type's zero value.
func (v Value) SetZero() { v.Set(Zero(v.Type())) }

func (v Value) OverflowInt(x int64) bool     { return valueOverflow(v.h, "reflect.Value.OverflowInt", x, 0) }
func (v Value) OverflowUint(x uint64) bool   { return valueOverflow(v.h, "reflect.Value.OverflowUint", int64(x), 0) }
func (v Value) OverflowFloat(x float64) bool { return valueOverflow(v.h, "reflect.Value.OverflowFloat", 0, x) }

func (v Value) Slice(i, j int) Value     { return Value{valueSlice(v.h, i, j, 0, false)} }
func (v Value) Slice3(i, j, k int) Value { return Value{valueSlice(v.h, i, j, k, true)} }

func handles(vs []Value) []func() {
	hs := make([]func(), len(vs))
	for i, x := range vs {
		hs[i] = x.h
	}
	return hs
}

func values(hs []func()) []Value {
	vs := make([]Value, len(hs))
	for i, h := range hs {
		vs[i] = Value{h}
	}
	return vs
}

// Call calls the function v holds with in as its arguments (a variadic function's last ones gathered into a
// slice, as a call in Go source does) and gives back its results.
func (v Value) Call(in []Value) []Value { return values(valueCall(v.h, handles(in), false)) }

// CallSlice calls a variadic function with in's last element as its whole variadic parameter.
func (v Value) CallSlice(in []Value) []Value { return values(valueCall(v.h, handles(in), true)) }

func (v Value) MapKeys() []Value { return values(valueMapKeys(v.h)) }

func (v Value) MapIndex(key Value) Value { return Value{valueMapIndex(v.h, key.h)} }

func (v Value) SetMapIndex(key, elem Value) { valueSetMapIndex(v.h, key.h, elem.h) }

// MapIter walks a map's entries; Go gives no order, and neither does this.
type MapIter struct {
	m    Value
	keys []Value
	i    int
}

// MapRange is an iterator over the map v holds.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v, i: -1}
}

// Next moves to the next entry, false when there is none left.
func (it *MapIter) Next() bool {
	if !it.m.IsValid() {
		fail("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if it.i == -1 {
		it.keys = it.m.MapKeys()
	}
	if it.i >= len(it.keys) {
		fail("MapIter.Next called on exhausted iterator")
	}
	it.i++
	for it.i < len(it.keys) && !it.m.MapIndex(it.keys[it.i]).IsValid() {
		it.i++ // deleted since the walk began
	}
	return it.i < len(it.keys)
}

func (it *MapIter) Key() Value {
	it.check("MapIter.Key")
	return it.keys[it.i]
}

func (it *MapIter) Value() Value {
	it.check("MapIter.Value")
	return it.m.MapIndex(it.keys[it.i])
}

func (it *MapIter) check(what string) {
	if it.i == -1 {
		panic(what + " called before Next")
	}
	if it.i >= len(it.keys) {
		panic(what + " called on exhausted iterator")
	}
}

// Reset makes it an iterator over v from the start.
func (it *MapIter) Reset(v Value) {
	if v.IsValid() && v.Kind() != Map {
		panic(&ValueError{"reflect.MapIter.Reset", v.Kind()})
	}
	it.m, it.keys, it.i = v, nil, -1
}

// ---------------------------------------------------------------------------------------------------------------
// Channels

func chanSend(h func(), x func(), method string, wait bool) bool
func chanRecv(h func(), method string, wait bool) (func(), bool)
func chanClose(h func())
func selectCases(dirs []int, chans []func(), sends []func()) (int, func(), bool)

// Send sends x on the channel v, waiting until it can, as ch <- x does.
func (v Value) Send(x Value) { chanSend(v.h, x.h, "reflect.Value.Send", true) }

// TrySend sends x on the channel v if that needs no wait, and reports whether it did.
func (v Value) TrySend(x Value) bool { return chanSend(v.h, x.h, "reflect.Value.TrySend", false) }

// Recv receives from the channel v, waiting until it can; ok is false for the zero value of a closed channel.
func (v Value) Recv() (x Value, ok bool) {
	h, ok := chanRecv(v.h, "reflect.Value.Recv", true)
	return Value{h}, ok
}

// TryRecv receives from the channel v if that needs no wait. When it would wait, x is the zero Value.
func (v Value) TryRecv() (x Value, ok bool) {
	h, ok := chanRecv(v.h, "reflect.Value.TryRecv", false)
	return Value{h}, ok
}

// Close is close(ch) for the channel v; like the builtin, it takes a receive-only channel too.
func (v Value) Close() { chanClose(v.h) }

// SelectDir is what a SelectCase does.
type SelectDir int

const (
	_ SelectDir = iota
	// SelectSend sends Send on Chan.
	SelectSend
	// SelectRecv receives from Chan.
	SelectRecv
	// SelectDefault is the case taken when no other can go.
	SelectDefault
)

// SelectCase is one case of a Select. A case whose Chan is the zero Value is a case on a nil channel.
type SelectCase struct {
	Dir  SelectDir
	Chan Value
	Send Value
}

// Select runs a select statement over cases: it waits until one can go (unless there is a default case), picks
// one of the ready ones at random and gives its index; for a receive case, also the value and whether it came
// from a send (false for a closed channel).
func Select(cases []SelectCase) (chosen int, recv Value, recvOK bool) {
	if len(cases) > 65536 {
		fail("reflect.Select: too many cases (max 65536)")
	}
	dirs := make([]int, len(cases))
	chans := make([]func(), len(cases))
	sends := make([]func(), len(cases))
	for i, c := range cases {
		dirs[i], chans[i], sends[i] = int(c.Dir), c.Chan.h, c.Send.h
	}
	chosen, h, recvOK := selectCases(dirs, chans, sends)
	return chosen, Value{h}, recvOK
}

// Indirect is what v points to if v is a pointer, else v itself.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// New is a Value of type *t pointing at a new zero t.
func New(t Type) Value {
	if t == nil {
		fail("reflect: New(nil)")
	}
	return Value{newValue(idOf(t))}
}

// Zero is the zero value of t, neither addressable nor settable.
func Zero(t Type) Value {
	if t == nil {
		fail("reflect: Zero(nil)")
	}
	return Value{zeroValue(idOf(t))}
}

// MakeSlice is a new slice of type t.
func MakeSlice(t Type, n, c int) Value {
	if t.Kind() != Slice {
		fail("reflect.MakeSlice of non-slice type")
	}
	if n < 0 {
		fail("reflect.MakeSlice: negative len")
	}
	if c < 0 {
		fail("reflect.MakeSlice: negative cap")
	}
	if n > c {
		fail("reflect.MakeSlice: len > cap")
	}
	return Value{makeSlice(idOf(t), n, c)}
}

// MakeMap is a new empty map of type t.
func MakeMap(t Type) Value { return MakeMapWithSize(t, 0) }

// MakeMapWithSize is a new empty map of type t with room for about n entries.
func MakeMapWithSize(t Type, n int) Value {
	if t.Kind() != Map {
		fail("reflect.MakeMapWithSize of non-map type")
	}
	return Value{makeMap(idOf(t), n)}
}

// MakeChan is a new channel of type t with a buffer of n.
func MakeChan(t Type, n int) Value {
	if t.Kind() != Chan {
		fail("reflect.MakeChan of non-chan type")
	}
	if n < 0 {
		fail("reflect.MakeChan: negative buffer size")
	}
	if t.ChanDir() != BothDir {
		fail("reflect.MakeChan: unidirectional channel type")
	}
	return Value{makeChan(idOf(t), n)}
}

// Append appends xs to the slice s as append does.
func Append(s Value, xs ...Value) Value { return Value{appendValues(s.h, handles(xs), "reflect.Append")} }

// AppendSlice appends the elements of the slice t to the slice s.
func AppendSlice(s, t Value) Value {
	if t.Kind() != Slice {
		panic(&ValueError{"reflect.AppendSlice", t.Kind()})
	}
	xs := make([]Value, t.Len())
	for i := range xs {
		xs[i] = t.Index(i)
	}
	return Value{appendValues(s.h, handles(xs), "reflect.AppendSlice")}
}

// Copy copies elements from src to dst as copy does and reports how many.
func Copy(dst, src Value) int { return copyValues(dst.h, src.h) }

// DeepEqual reports whether x and y are deeply equal: of identical types, and equal element by element, field by
// field and through pointers, with Go's rules for nil and empty slices and maps, funcs and NaNs.
func DeepEqual(x, y any) bool { return deepEqual(x, y) }

// Swapper is a function that swaps elements i and j of slice.
func Swapper(slice any) func(i, j int) {
	n := sliceLen(slice)
	if n < 2 {
		return func(i, j int) {
			if i != 0 || j != 0 {
				fail("reflect: slice index out of range")
			}
		}
	}
	return func(i, j int) { swapElems(slice, i, j) }
}

// fail panics with one of reflect's messages (a string, as Go's are).
func fail(message string) { panic(message) }
