// Package encoding names the interfaces of types that convert themselves to and from bytes or text; packages
// such as flag (TextVar) use them.
package encoding

// BinaryMarshaler encodes its receiver as bytes.
type BinaryMarshaler interface {
	MarshalBinary() (encoded []byte, err error)
}

// BinaryUnmarshaler decodes bytes made by MarshalBinary into its receiver; it must copy them to keep them.
type BinaryUnmarshaler interface {
	UnmarshalBinary(encoded []byte) error
}

// TextMarshaler encodes its receiver as UTF-8 text.
type TextMarshaler interface {
	MarshalText() ([]byte, error)
}

// TextUnmarshaler decodes text made by MarshalText into its receiver; it must copy it to keep it.
type TextUnmarshaler interface {
	UnmarshalText(encoded []byte) error
}
