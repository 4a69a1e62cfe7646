// Package atomic provides low-level atomic memory primitives, as Go's sync/atomic. All operations are
// sequentially consistent. The functions are implemented in Java on the location's VarHandle.
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

// A Bool is an atomic boolean value. The zero value is false.
type Bool struct {
	_ noCopy
	v uint32
}

func (x *Bool) Load() bool
func (x *Bool) Store(val bool)
func (x *Bool) Swap(new bool) (old bool)
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool)

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32
func (x *Int32) Store(val int32)
func (x *Int32) Swap(new int32) (old int32)
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool)
func (x *Int32) Add(delta int32) (new int32)

// An Int64 is an atomic int64. The zero value is zero.
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

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32
func (x *Uint32) Store(val uint32)
func (x *Uint32) Swap(new uint32) (old uint32)
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool)
func (x *Uint32) Add(delta uint32) (new uint32)

// A Uint64 is an atomic uint64. The zero value is zero.
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

// A Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr
func (x *Uintptr) Store(val uintptr)
func (x *Uintptr) Swap(new uintptr) (old uintptr)
func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool)
func (x *Uintptr) Add(delta uintptr) (new uintptr)

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T.
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

// A Value provides an atomic load and store of a consistently typed value.
// The zero value for a Value returns nil from Load.
type Value struct {
	v any
}

func loadAny(addr *any) any
func storeAny(addr *any, val any)
func swapAny(addr *any, new any) any
func casAny(addr *any, old, new any) bool
func sameType(a, b any) bool

// Load returns the value set by the most recent Store. It returns nil if there has been no call to Store.
func (v *Value) Load() (val any) {
	return loadAny(&v.v)
}

// Store sets the value of the Value to val. All calls to Store for a given Value must use values of the
// same concrete type. Store of an inconsistent type panics, as does Store(nil).
func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	for {
		cur := loadAny(&v.v)
		if cur != nil && !sameType(cur, val) {
			panic("sync/atomic: store of inconsistently typed value into Value")
		}
		if casAny(&v.v, cur, val) {
			return
		}
	}
}

// Swap stores new into Value and returns the previous value. It returns nil if the Value is empty.
func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	for {
		cur := loadAny(&v.v)
		if cur != nil && !sameType(cur, new) {
			panic("sync/atomic: swap of inconsistently typed value into Value")
		}
		if casAny(&v.v, cur, new) {
			return cur
		}
	}
}

// CompareAndSwap executes the compare-and-swap operation for the Value.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	for {
		cur := loadAny(&v.v)
		if cur == nil {
			if old != nil {
				return false
			}
		} else {
			if !sameType(cur, new) {
				panic("sync/atomic: compare and swap of inconsistently typed value into Value")
			}
			if cur != old {
				return false
			}
		}
		if casAny(&v.v, cur, new) {
			return true
		}
	}
}
