// Package flag parses command-line flags: -name, -name=value or -name value (a boolean takes no separate
// value), with one or two dashes, up to the first argument that is not a flag or up to "--". The arguments
// after the flags stay for the program (Args). The package's functions work on CommandLine, the set of
// os.Args; NewFlagSet makes other sets.
package flag

import (
	"encoding"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	// ErrHelp is what Parse returns when -help or -h is given and the set defines no such flag.
	ErrHelp = errors.New("flag: help requested")

	// what Set of the package's values returns for a value that does not parse, or does not fit
	errParse = errors.New("parse error")
	errRange = errors.New("value out of range")
)

// valueError is the flag package's short form of a strconv error: the bare reason, without the function
// and the input that strconv's message repeats.
func valueError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, strconv.ErrSyntax):
		return errParse
	case errors.Is(err, strconv.ErrRange):
		return errRange
	}
	return err
}

// signed and unsigned read a flag's integer as Go literals write it (decimal, 0x, 0o, 0b or a leading 0 for
// octal, with _ between digits) in the given number of bits. Like strconv they return 0 for text that is no
// number and the nearest limit for one out of range, which the flag keeps.
func signed(text string, bits int) (int64, error) {
	n, err := strconv.ParseInt(text, 0, bits)
	return n, valueError(err)
}

func unsigned(text string, bits int) (uint64, error) {
	n, err := strconv.ParseUint(text, 0, bits)
	return n, valueError(err)
}

// Value is what a flag holds: String shows it (also on a zero value, such as a nil pointer), Set parses a
// command-line value into it, once per occurrence. A Value with an IsBoolFlag method returning true is a
// boolean flag: -name alone means -name=true.
type Value interface {
	String() string
	Set(string) error
}

// Getter is a Value whose content can be read back; every Value of this package is one, but Func's.
type Getter interface {
	Value
	Get() any
}

// boolFlag is a Value that may be given without a value.
type boolFlag interface {
	Value
	IsBoolFlag() bool
}

type boolValue bool

func (b *boolValue) Set(s string) error {
	on, err := strconv.ParseBool(s)
	*b = boolValue(on)
	if err != nil {
		return errParse
	}
	return nil
}

func (b *boolValue) Get() any          { return bool(*b) }
func (b *boolValue) String() string    { return strconv.FormatBool(bool(*b)) }
func (b *boolValue) IsBoolFlag() bool  { return true }
func (i *intValue) Get() any           { return int(*i) }
func (i *intValue) String() string     { return strconv.Itoa(int(*i)) }
func (i *int64Value) Get() any         { return int64(*i) }
func (i *int64Value) String() string   { return strconv.FormatInt(int64(*i), 10) }
func (i *uintValue) Get() any          { return uint(*i) }
func (i *uintValue) String() string    { return strconv.FormatUint(uint64(*i), 10) }
func (i *uint64Value) Get() any        { return uint64(*i) }
func (i *uint64Value) String() string  { return strconv.FormatUint(uint64(*i), 10) }
func (s *stringValue) Get() any        { return string(*s) }
func (s *stringValue) String() string  { return string(*s) }
func (f *float64Value) Get() any       { return float64(*f) }
func (f *float64Value) String() string { return strconv.FormatFloat(float64(*f), 'g', -1, 64) }
func (d *durationValue) Get() any      { return time.Duration(*d) }
func (d *durationValue) String() string {
	return (*time.Duration)(d).String()
}

type intValue int

// The numeric Sets store what the parse gave even when it failed (0, or the limit for a value out of range).
func (i *intValue) Set(s string) error {
	n, err := signed(s, strconv.IntSize)
	*i = intValue(n)
	return err
}

type int64Value int64

func (i *int64Value) Set(s string) error {
	n, err := signed(s, 64)
	*i = int64Value(n)
	return err
}

type uintValue uint

func (i *uintValue) Set(s string) error {
	n, err := unsigned(s, strconv.IntSize)
	*i = uintValue(n)
	return err
}

type uint64Value uint64

func (i *uint64Value) Set(s string) error {
	n, err := unsigned(s, 64)
	*i = uint64Value(n)
	return err
}

type stringValue string

func (s *stringValue) Set(val string) error {
	*s = stringValue(val)
	return nil
}

type float64Value float64

func (f *float64Value) Set(s string) error {
	x, err := strconv.ParseFloat(s, 64)
	*f = float64Value(x)
	return valueError(err)
}

type durationValue time.Duration

func (d *durationValue) Set(s string) error {
	span, err := time.ParseDuration(s)
	*d = durationValue(span)
	if err != nil {
		return errParse
	}
	return nil
}

// argWorded is a Value of this package, which knows the word for its argument in the help.
type argWorded interface{ argWord() string }

func (*durationValue) argWord() string { return "duration" }
func (*float64Value) argWord() string  { return "float" }
func (*intValue) argWord() string      { return "int" }
func (*int64Value) argWord() string    { return "int" }
func (*stringValue) argWord() string   { return "string" }
func (*uintValue) argWord() string     { return "uint" }
func (*uint64Value) argWord() string   { return "uint" }

// textValue is the Value of TextVar: a variable that parses itself from text.
type textValue struct{ p encoding.TextUnmarshaler }

// copyDefault checks that p points to a variable of value's type (or value points to one) and copies value
// there; it returns the panic message of a mismatch, or "".
func copyDefault(p any, value any) string

// parsingText makes the Value of TextVar, after copying the default into *p.
func parsingText(p encoding.TextUnmarshaler, initial encoding.TextMarshaler) textValue {
	if msg := copyDefault(p, initial); msg != "" {
		panic(msg)
	}
	return textValue{p}
}

func (v textValue) Set(s string) error { return v.p.UnmarshalText([]byte(s)) }

func (v textValue) Get() any { return v.p }

// String is the variable's text, or "" when it cannot say.
func (v textValue) String() string {
	marshaler, ok := v.p.(encoding.TextMarshaler)
	if !ok {
		return ""
	}
	text, err := marshaler.MarshalText()
	if err != nil {
		return ""
	}
	return string(text)
}

// funcValue is the Value of Func.
type funcValue func(string) error

func (f funcValue) Set(s string) error { return f(s) }

func (f funcValue) String() string { return "" }

// ErrorHandling says what Parse does about a bad command line.
type ErrorHandling int

const (
	ContinueOnError ErrorHandling = iota // return the error
	ExitOnError                          // exit with status 2 (0 for -h or -help)
	PanicOnError                         // panic with the error
)

// FlagSet is a set of flags and what parsing them left. The zero value has no name and continues on errors.
// A name may be defined only once in a set.
type FlagSet struct {
	// Usage prints the help of the set; Parse calls it when the command line is wrong. A program may replace it.
	Usage func()

	name    string
	parsed  bool
	actual  map[string]*Flag // the flags the command line set
	formal  map[string]*Flag // every flag defined
	args    []string         // what follows the flags
	onError ErrorHandling
	output  io.Writer // where messages go; nil is standard error
}

// Flag is one defined flag.
type Flag struct {
	Name     string // the name, without the dash
	Usage    string // its help text
	Value    Value  // its value
	DefValue string // its default value, as text
}

// sortedFlags lists flags by name.
func sortedFlags(flags map[string]*Flag) []*Flag {
	list := make([]*Flag, 0, len(flags))
	for _, f := range flags {
		list = append(list, f)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name < list[j].Name })
	return list
}

// Output is where the set writes its messages: standard error unless SetOutput chose otherwise.
func (f *FlagSet) Output() io.Writer {
	if f.output == nil {
		return os.Stderr
	}
	return f.output
}

// Name is the name of the set.
func (f *FlagSet) Name() string { return f.name }

// ErrorHandling is what the set does about a bad command line.
func (f *FlagSet) ErrorHandling() ErrorHandling { return f.onError }

// SetOutput chooses where messages go; nil means standard error.
func (f *FlagSet) SetOutput(output io.Writer) { f.output = output }

// VisitAll calls fn for every flag, set or not, by name.
func (f *FlagSet) VisitAll(fn func(*Flag)) {
	for _, flag := range sortedFlags(f.formal) {
		fn(flag)
	}
}

// Visit calls fn for every flag the command line set, by name.
func (f *FlagSet) Visit(fn func(*Flag)) {
	for _, flag := range sortedFlags(f.actual) {
		fn(flag)
	}
}

// Lookup is the flag called name, or nil.
func (f *FlagSet) Lookup(name string) *Flag { return f.formal[name] }

// Set gives the flag called name a value, as if the command line had.
func (f *FlagSet) Set(name, value string) error {
	target := f.formal[name]
	if target == nil {
		return errors.New("no such flag -" + name)
	}
	if err := target.Value.Set(value); err != nil {
		return err
	}
	f.markSet(target)
	return nil
}

// zeroValue is a zero value of v's dynamic type (for a pointer type, a pointer to a new zero variable).
func zeroValue(v Value) Value

// isZeroValue says whether value is what the flag's type shows for its zero value; a String method that
// panics on the zero value is reported as an error.
func isZeroValue(flag *Flag, value string) (ok bool, err error) {
	defer func() {
		if caught := recover(); caught != nil {
			typeName := strings.TrimPrefix(fmt.Sprintf("%T", flag.Value), "*")
			err = fmt.Errorf("panic calling String method on zero %v for flag %s: %v", typeName, flag.Name, caught)
		}
	}()
	return value == zeroValue(flag.Value).String(), nil
}

// UnquoteUsage finds the name of a flag's argument for the help: the first `quoted` word of the usage text
// (which it returns unquoted), else a word for the flag's type ("" for a boolean).
func UnquoteUsage(flag *Flag) (name string, usage string) {
	usage = flag.Usage
	if open := strings.IndexByte(usage, '`'); open >= 0 {
		if length := strings.IndexByte(usage[open+1:], '`'); length >= 0 {
			name = usage[open+1 : open+1+length]
			return name, usage[:open] + name + usage[open+2+length:]
		}
	}
	if _, isBool := flag.Value.(boolFlag); isBool {
		// whatever IsBoolFlag says: a boolean shows no argument
		return "", usage
	}
	if worded, ours := flag.Value.(argWorded); ours {
		return worded.argWord(), usage
	}
	return "value", usage
}

// PrintDefaults prints the help of each flag to the set's output: the name and argument, then the usage text
// on the same line for a one-letter boolean flag and on the next line otherwise, and the default value unless
// it is the zero value.
func (f *FlagSet) PrintDefaults() {
	var zeroErrs []error
	for _, flag := range sortedFlags(f.formal) {
		var line strings.Builder
		line.WriteString("  -" + flag.Name)
		argName, usage := UnquoteUsage(flag)
		if argName != "" {
			line.WriteString(" " + argName)
		}
		if line.Len() <= 4 {
			line.WriteString("\t")
		} else {
			line.WriteString("\n    \t")
		}
		line.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if zero, err := isZeroValue(flag, flag.DefValue); err != nil {
			zeroErrs = append(zeroErrs, err)
		} else if !zero {
			if _, quoted := flag.Value.(*stringValue); quoted {
				fmt.Fprintf(&line, " (default %q)", flag.DefValue)
			} else {
				fmt.Fprintf(&line, " (default %v)", flag.DefValue)
			}
		}
		f.report(line.String())
	}
	if len(zeroErrs) > 0 {
		// after a blank line, the flags whose String broke on the zero value
		f.report("")
		for _, err := range zeroErrs {
			f.report(err.Error())
		}
	}
}

// defaultUsage is the help of a set whose Usage the program did not replace.
func (f *FlagSet) defaultUsage() {
	title := "Usage:"
	if f.name != "" {
		title = "Usage of " + f.name + ":"
	}
	f.report(title)
	f.PrintDefaults()
}

// newVar makes a variable and defines a flag on it with define (one of the set's ...Var methods).
func newVar[T any](define func(*T, string, T, string), name string, value T, usage string) *T {
	p := new(T)
	define(p, name, value, usage)
	return p
}

// NFlag is how many flags the command line set.
func (f *FlagSet) NFlag() int { return len(f.actual) }

// Arg is the i-th argument after the flags, or "" if there is none.
func (f *FlagSet) Arg(i int) string {
	if i >= 0 && i < len(f.args) {
		return f.args[i]
	}
	return ""
}

// NArg is how many arguments follow the flags.
func (f *FlagSet) NArg() int { return len(f.args) }

// Args are the arguments after the flags.
func (f *FlagSet) Args() []string { return f.args }

// BoolVar defines a bool flag stored in *p.
func (f *FlagSet) BoolVar(p *bool, name string, value bool, usage string) {
	*p = value
	f.Var((*boolValue)(p), name, usage)
}

// Bool defines a bool flag and returns where its value is.
func (f *FlagSet) Bool(name string, value bool, usage string) *bool {
	return newVar(f.BoolVar, name, value, usage)
}

// IntVar defines an int flag stored in *p.
func (f *FlagSet) IntVar(p *int, name string, value int, usage string) {
	*p = value
	f.Var((*intValue)(p), name, usage)
}

// Int defines an int flag and returns where its value is.
func (f *FlagSet) Int(name string, value int, usage string) *int {
	return newVar(f.IntVar, name, value, usage)
}

// Int64Var defines an int64 flag stored in *p.
func (f *FlagSet) Int64Var(p *int64, name string, value int64, usage string) {
	*p = value
	f.Var((*int64Value)(p), name, usage)
}

// Int64 defines an int64 flag and returns where its value is.
func (f *FlagSet) Int64(name string, value int64, usage string) *int64 {
	return newVar(f.Int64Var, name, value, usage)
}

// UintVar defines a uint flag stored in *p.
func (f *FlagSet) UintVar(p *uint, name string, value uint, usage string) {
	*p = value
	f.Var((*uintValue)(p), name, usage)
}

// Uint defines a uint flag and returns where its value is.
func (f *FlagSet) Uint(name string, value uint, usage string) *uint {
	return newVar(f.UintVar, name, value, usage)
}

// Uint64Var defines a uint64 flag stored in *p.
func (f *FlagSet) Uint64Var(p *uint64, name string, value uint64, usage string) {
	*p = value
	f.Var((*uint64Value)(p), name, usage)
}

// Uint64 defines a uint64 flag and returns where its value is.
func (f *FlagSet) Uint64(name string, value uint64, usage string) *uint64 {
	return newVar(f.Uint64Var, name, value, usage)
}

// StringVar defines a string flag stored in *p.
func (f *FlagSet) StringVar(p *string, name string, value string, usage string) {
	*p = value
	f.Var((*stringValue)(p), name, usage)
}

// String defines a string flag and returns where its value is.
func (f *FlagSet) String(name string, value string, usage string) *string {
	return newVar(f.StringVar, name, value, usage)
}

// Float64Var defines a float64 flag stored in *p.
func (f *FlagSet) Float64Var(p *float64, name string, value float64, usage string) {
	*p = value
	f.Var((*float64Value)(p), name, usage)
}

// Float64 defines a float64 flag and returns where its value is.
func (f *FlagSet) Float64(name string, value float64, usage string) *float64 {
	return newVar(f.Float64Var, name, value, usage)
}

// DurationVar defines a time.Duration flag (as time.ParseDuration reads it) stored in *p.
func (f *FlagSet) DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	*p = value
	f.Var((*durationValue)(p), name, usage)
}

// Duration defines a time.Duration flag and returns where its value is.
func (f *FlagSet) Duration(name string, value time.Duration, usage string) *time.Duration {
	return newVar(f.DurationVar, name, value, usage)
}

// TextVar defines a flag whose variable, *p, parses itself with UnmarshalText; value, of the same type, is
// the default and is copied to *p.
func (f *FlagSet) TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	f.Var(parsingText(p, value), name, usage)
}

// Func defines a flag that calls fn with each value given to it; an error from fn is a bad value.
func (f *FlagSet) Func(name, usage string, fn func(string) error) { f.Var(funcValue(fn), name, usage) }

// Var defines a flag of the program's own Value type. Its String at this moment is the default shown in
// the help. A name may not start with "-" or contain "=", nor be defined twice: those panic.
func (f *FlagSet) Var(value Value, name string, usage string) {
	// such names could never be given on the command line
	if name != "" && name[0] == '-' {
		panic(f.report(fmt.Sprintf("flag %q begins with -", name)))
	}
	if strings.IndexByte(name, '=') >= 0 {
		panic(f.report(fmt.Sprintf("flag %q contains =", name)))
	}
	flag := &Flag{Name: name, Usage: usage, Value: value, DefValue: value.String()}
	if _, taken := f.formal[name]; taken {
		if f.name == "" {
			panic(f.report("flag redefined: " + name))
		}
		panic(f.report(f.name + " flag redefined: " + name))
	}
	if f.formal == nil {
		f.formal = map[string]*Flag{}
	}
	f.formal[name] = flag
}

// markSet records that the command line (or Set) gave flag a value.
func (f *FlagSet) markSet(flag *Flag) {
	if f.actual == nil {
		f.actual = map[string]*Flag{}
	}
	f.actual[flag.Name] = flag
}

// report writes msg on a line of the output and returns it.
func (f *FlagSet) report(msg string) string {
	io.WriteString(f.Output(), msg+"\n")
	return msg
}

// fail reports msg, prints the help and returns msg as an error.
func (f *FlagSet) fail(msg string) error {
	f.report(msg)
	f.usage()
	return errors.New(msg)
}

func (f *FlagSet) usage() {
	if f.Usage == nil {
		f.defaultUsage()
	} else {
		f.Usage()
	}
}

// parseOne takes the next flag off the arguments, if they start with one, and sets it; seen is false at the
// end of the flags.
func (f *FlagSet) parseOne() (seen bool, err error) {
	if len(f.args) == 0 {
		return false, nil
	}
	arg := f.args[0]
	if len(arg) < 2 || arg[0] != '-' {
		// an argument, or a lone "-" (standard input, for many programs)
		return false, nil
	}
	if arg == "--" {
		// the end of the flags, which is dropped
		f.args = f.args[1:]
		return false, nil
	}
	name := strings.TrimPrefix(arg[1:], "-")
	if name == "" || strings.ContainsRune("-=", rune(name[0])) {
		return false, f.fail("bad flag syntax: " + arg)
	}
	f.args = f.args[1:]
	value, hasValue := "", false
	if eq := strings.IndexByte(name[1:], '='); eq >= 0 {
		name, value, hasValue = name[:eq+1], name[eq+2:], true
	}
	target, defined := f.formal[name]
	if !defined {
		if name == "help" || name == "h" {
			f.usage()
			return false, ErrHelp
		}
		return false, f.fail("flag provided but not defined: -" + name)
	}
	if err := f.setFrom(target, name, value, hasValue); err != nil {
		return false, err
	}
	f.markSet(target)
	return true, nil
}

// setFrom gives target the value the command line has for it: the text after "=", else the next argument
// (but a boolean flag alone means true).
func (f *FlagSet) setFrom(target *Flag, name, value string, hasValue bool) error {
	if switched, ok := target.Value.(boolFlag); ok && switched.IsBoolFlag() {
		if !hasValue {
			if err := switched.Set("true"); err != nil {
				return f.fail(fmt.Sprintf("invalid boolean flag %s: %v", name, err))
			}
		} else if err := switched.Set(value); err != nil {
			return f.fail(fmt.Sprintf("invalid boolean value %q for -%s: %v", value, name, err))
		}
		return nil
	}
	if !hasValue {
		if len(f.args) == 0 {
			return f.fail("flag needs an argument: -" + name)
		}
		value = f.args[0]
		f.args = f.args[1:]
	}
	if err := target.Value.Set(value); err != nil {
		return f.fail(fmt.Sprintf("invalid value %q for flag -%s: %v", value, name, err))
	}
	return nil
}

// Parse sets the flags from arguments (without the program name) and keeps the rest for Args. Call it after
// defining the flags. A bad command line is handled as the set's ErrorHandling says; ErrHelp means -h or
// -help asked for the help.
func (f *FlagSet) Parse(arguments []string) error {
	f.parsed = true
	f.args = arguments
	for {
		seen, err := f.parseOne()
		if seen {
			continue
		}
		if err == nil {
			return nil
		}
		switch f.onError {
		case ContinueOnError:
			return err
		case ExitOnError:
			if err == ErrHelp {
				os.Exit(0)
			}
			os.Exit(2)
		case PanicOnError:
			panic(err)
		}
	}
}

// Parsed says whether Parse was called.
func (f *FlagSet) Parsed() bool { return f.parsed }

// NewFlagSet makes an empty set; a name that is not empty appears in its help.
func NewFlagSet(name string, errorHandling ErrorHandling) *FlagSet {
	f := &FlagSet{name: name, onError: errorHandling}
	f.Usage = f.defaultUsage
	return f
}

// Init sets the name and the error handling of a set (a zero FlagSet has neither).
func (f *FlagSet) Init(name string, errorHandling ErrorHandling) {
	f.name, f.onError = name, errorHandling
}

// CommandLine is the set of the program's own flags, parsed from os.Args by Parse; the package's functions
// use it. A bad command line ends the program with status 2.
var CommandLine *FlagSet

func init() {
	CommandLine = NewFlagSet(os.Args[0], ExitOnError)
	// through the variable, so that a Usage the program sets later is the one called (set here, not in a
	// declaration, which would make CommandLine and Usage depend on each other)
	CommandLine.Usage = func() { Usage() }
}

// Usage prints the help of the command line's flags to CommandLine's output; Parse calls it on a bad
// command line. A program may replace it.
var Usage = func() {
	CommandLine.report("Usage of " + os.Args[0] + ":")
	PrintDefaults()
}

// Parse parses os.Args[1:] into the command-line flags.
func Parse() { CommandLine.Parse(os.Args[1:]) }

// Parsed says whether the command line was parsed.
func Parsed() bool { return CommandLine.Parsed() }

// PrintDefaults is CommandLine.PrintDefaults.
func PrintDefaults() { CommandLine.PrintDefaults() }

// VisitAll calls fn for every command-line flag, set or not, by name.
func VisitAll(fn func(*Flag)) { CommandLine.VisitAll(fn) }

// Visit calls fn for every command-line flag that was set, by name.
func Visit(fn func(*Flag)) { CommandLine.Visit(fn) }

// Lookup is the command-line flag called name, or nil.
func Lookup(name string) *Flag { return CommandLine.formal[name] }

// Set gives the command-line flag called name a value.
func Set(name, value string) error { return CommandLine.Set(name, value) }

// NFlag is how many command-line flags were set.
func NFlag() int { return len(CommandLine.actual) }

// Arg is the i-th argument after the command-line flags, or "".
func Arg(i int) string { return CommandLine.Arg(i) }

// NArg is how many arguments follow the command-line flags.
func NArg() int { return len(CommandLine.args) }

// Args are the arguments after the command-line flags.
func Args() []string { return CommandLine.args }

// BoolVar defines a bool command-line flag stored in *p.
func BoolVar(p *bool, name string, value bool, usage string) { CommandLine.BoolVar(p, name, value, usage) }

// Bool defines a bool command-line flag.
func Bool(name string, value bool, usage string) *bool { return CommandLine.Bool(name, value, usage) }

// IntVar defines an int command-line flag stored in *p.
func IntVar(p *int, name string, value int, usage string) { CommandLine.IntVar(p, name, value, usage) }

// Int defines an int command-line flag.
func Int(name string, value int, usage string) *int { return CommandLine.Int(name, value, usage) }

// Int64Var defines an int64 command-line flag stored in *p.
func Int64Var(p *int64, name string, value int64, usage string) {
	CommandLine.Int64Var(p, name, value, usage)
}

// Int64 defines an int64 command-line flag.
func Int64(name string, value int64, usage string) *int64 { return CommandLine.Int64(name, value, usage) }

// UintVar defines a uint command-line flag stored in *p.
func UintVar(p *uint, name string, value uint, usage string) { CommandLine.UintVar(p, name, value, usage) }

// Uint defines a uint command-line flag.
func Uint(name string, value uint, usage string) *uint { return CommandLine.Uint(name, value, usage) }

// Uint64Var defines a uint64 command-line flag stored in *p.
func Uint64Var(p *uint64, name string, value uint64, usage string) {
	CommandLine.Uint64Var(p, name, value, usage)
}

// Uint64 defines a uint64 command-line flag.
func Uint64(name string, value uint64, usage string) *uint64 {
	return newVar(CommandLine.Uint64Var, name, value, usage)
}

// StringVar defines a string command-line flag stored in *p.
func StringVar(p *string, name string, value string, usage string) {
	CommandLine.StringVar(p, name, value, usage)
}

// String defines a string command-line flag.
func String(name string, value string, usage string) *string {
	return newVar(CommandLine.StringVar, name, value, usage)
}

// Float64Var defines a float64 command-line flag stored in *p.
func Float64Var(p *float64, name string, value float64, usage string) {
	CommandLine.Float64Var(p, name, value, usage)
}

// Float64 defines a float64 command-line flag.
func Float64(name string, value float64, usage string) *float64 {
	return newVar(CommandLine.Float64Var, name, value, usage)
}

// DurationVar defines a time.Duration command-line flag stored in *p.
func DurationVar(p *time.Duration, name string, value time.Duration, usage string) {
	CommandLine.DurationVar(p, name, value, usage)
}

// Duration defines a time.Duration command-line flag.
func Duration(name string, value time.Duration, usage string) *time.Duration {
	return newVar(CommandLine.DurationVar, name, value, usage)
}

// TextVar defines a command-line flag whose variable parses itself (see FlagSet.TextVar).
func TextVar(p encoding.TextUnmarshaler, name string, value encoding.TextMarshaler, usage string) {
	CommandLine.TextVar(p, name, value, usage)
}

// Func defines a command-line flag that calls fn with each value given to it.
func Func(name, usage string, fn func(string) error) { CommandLine.Func(name, usage, fn) }

// Var defines a command-line flag of the program's own Value type.
func Var(value Value, name string, usage string) { CommandLine.Var(value, name, usage) }
