// Package atomic reads and changes single variables atomically, as Go's sync/atomic. Every operation is
// sequentially consistent; the natives work on the variable's location through a Java VarHandle.
package atomic

func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

func AddInt32(addr *int32, delta int32) (new int32)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)

func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)

// noCopy marks the atomic types, as in Go (go vet's copylocks check looks for it).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

// align64 marks 64-bit atomic types (Go aligns them to 8 bytes on 32-bit systems).
type align64 struct{}

// The typed atomics have Go's field layout (so that they print as in Go); their methods are natives on the
// receiver's one numeric field.

// Bool is a bool read and written atomically; it starts false.
type Bool struct {
	_ noCopy
	v uint32
}

func (x *Bool) Load() bool
func (x *Bool) Store(val bool)
func (x *Bool) Swap(new bool) (old bool)
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool)

// Int32 is an int32 read and written atomically; it starts at 0.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32
func (x *Int32) Store(val int32)
func (x *Int32) Swap(new int32) (old int32)
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool)
func (x *Int32) Add(delta int32) (new int32)

// Int64 is an int64 read and written atomically; it starts at 0.
type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64
func (x *Int64) Store(val int64)
func (x *Int64) Swap(new int64) (old int64)
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool)
func (x *Int64) Add(delta int64) (new int64)

// Uint32 is a uint32 read and written atomically; it starts at 0.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32
func (x *Uint32) Store(val uint32)
func (x *Uint32) Swap(new uint32) (old uint32)
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool)
func (x *Uint32) Add(delta uint32) (new uint32)

// Uint64 is a uint64 read and written atomically; it starts at 0.
type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64
func (x *Uint64) Store(val uint64)
func (x *Uint64) Swap(new uint64) (old uint64)
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool)
func (x *Uint64) Add(delta uint64) (new uint64)

// Uintptr is a uintptr read and written atomically; it starts at 0.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr
func (x *Uintptr) Store(val uintptr)
func (x *Uintptr) Swap(new uintptr) (old uintptr)
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool)
func (x *Uintptr) Add(delta uintptr) (new uintptr)

// Pointer is a *T read and written atomically; it starts nil.
type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v *T
}

func loadPointer[T any](addr **T) *T
func storePointer[T any](addr **T, val *T)
func swapPointer[T any](addr **T, new *T) *T
func casPointer[T any](addr **T, old, new *T) bool

func (x *Pointer[T]) Load() *T             { return loadPointer(&x.v) }
func (x *Pointer[T]) Store(val *T)         { storePointer(&x.v, val) }
func (x *Pointer[T]) Swap(new *T) (old *T) { return swapPointer(&x.v, new) }
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	return casPointer(&x.v, old, new)
}

// Value holds an interface value that is loaded and replaced atomically. Once set, it only takes values of the
// dynamic type it was first given. Load of a Value never set gives nil.
type Value struct {
	v any
}

func loadAny(addr *any) any
func storeAny(addr *any, val any)
func swapAny(addr *any, new any) any
func casAny(addr *any, old, new any) bool
func sameType(a, b any) bool

// Load gives the value last stored, or nil before the first Store.
func (v *Value) Load() (val any) {
	return loadAny(&v.v)
}

// Store replaces the value. It panics on nil and on a value whose type differs from the one held.
func (v *Value) Store(val any) {
	v.replace(val, "store")
}

// Swap replaces the value and gives the one it held (nil if none), with the same checks as Store.
func (v *Value) Swap(new any) (old any) {
	return v.replace(new, "swap")
}

// replace installs val and returns what v held; op names the operation in the misuse panics.
func (v *Value) replace(val any, op string) any {
	if val == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	for {
		held := loadAny(&v.v)
		if held != nil && !sameType(held, val) {
			panic("sync/atomic: " + op + " of inconsistently typed value into Value")
		}
		if casAny(&v.v, held, val) {
			return held
		}
	}
}

// CompareAndSwap installs new if v holds old (an empty Value holds nil) and says whether it did.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	const what = "sync/atomic: compare and swap of "
	if new == nil {
		panic(what + "nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic(what + "inconsistently typed values")
	}
	for {
		held := loadAny(&v.v)
		if held == nil {
			if old != nil {
				return false
			}
		} else if !sameType(held, new) {
			panic(what + "inconsistently typed value into Value")
		} else if held != old {
			return false
		}
		if casAny(&v.v, held, new) {
			return true
		}
	}
}
