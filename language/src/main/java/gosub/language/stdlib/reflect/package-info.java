/**
 * The Java side of package reflect: reflect.go keeps the API, and the natives here look at and change values by
 * their Go types, as gosub's values are Java objects ({@code gosub.language.values}) rather than memory.
 * {@code TypeTable} numbers the types a program has asked about (a reflect.Type is such a number, so two Types are
 * == exactly when the types are identical), {@code Kinds} maps types to reflect's kinds, {@code Held} is what a
 * reflect.Value holds (the type, the value or where it lives, and how it was reached), {@code Assignments} decides
 * which values go where and converts them, {@code DeepEquality} is DeepEqual, and {@code TypeNatives},
 * {@code ValueNatives} and {@code ChannelNatives} (Send, Recv, Close, Select) are the natives reflect.go declares,
 * registered by {@code ReflectNatives}. A method value or method expression is a func like any other once it leaves
 * reflect: {@code MethodFuncRoot} is its code, which calls the method as Value.Call would.
 * <p>
 * Rules: panics carry Go's messages; a Value method that does not take the Value's kind raises Go's
 * {@code *reflect.ValueError} through the Go function reflect.go hands over at init. A Value reached through an
 * unexported field can be read but not set, nor handed out through Interface, as in Go. Go code (a method or a
 * function called through Value.Call) runs on the calling goroutine through its call target; a channel operation
 * goes through the runtime's Channel and Select, so it parks and wakes as the language's own do.
 */
package gosub.language.stdlib.reflect;
