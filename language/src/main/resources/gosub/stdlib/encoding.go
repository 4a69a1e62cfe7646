// Package encoding names the interfaces of types that convert themselves to and from bytes or text; packages
// such as flag (TextVar) use them.
package encoding

// BinaryMarshaler encodes its receiver as bytes.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler decodes bytes made by MarshalBinary into its receiver; it must copy data to keep it.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler encodes its receiver as UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler decodes text made by MarshalText into its receiver; it must copy text to keep it.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
