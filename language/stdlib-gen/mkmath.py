import re, os
SRC='/usr/lib/go-1.19/src/math/'
files='abs acosh asin asinh atan atan2 atanh bits cbrt const copysign dim erf erfinv exp expm1 floor frexp gamma hypot j0 j1 jn ldexp lgamma log log10 log1p logb mod modf nextafter pow pow10 remainder signbit sin sincos sinh sqrt tan tanh trig_reduce'.split()
native_true={'Sqrt':'archSqrt','Floor':'archFloor','Ceil':'archCeil','Trunc':'archTrunc','Max':'archMax','Min':'archMin','Exp':'archExp','Log':'archLog','Hypot':'archHypot'}
def strip(s):
    s=re.sub(r'/\*.*?\*/', '', s, flags=re.S)
    s=re.sub(r'import \(.*?\)\n', '', s, flags=re.S)
    out=[]
    for l in s.split('\n'):
        st=l.strip()
        if st.startswith('//'): continue
        if l.startswith('package ') or l.startswith('import '): continue
        # trailing comments (careful with strings: math has none with //)
        if '//' in l and '"' not in l and '`' not in l:
            l=l[:l.index('//')].rstrip()
        out.append(l)
    return '\n'.join(out)
body=[]
for f in files:
    s=strip(open(SRC+f+'.go').read())
    # drop arch dispatch blocks
    s=re.sub(r'\tif haveArch\w+ \{\n\t\treturn arch\w+\([^)]*\)\n\t\}\n', '', s)
    # exported functions implemented natively
    for name in native_true:
        s=re.sub(r'func '+name+r'\((.*?)\) float64 \{\n\treturn \w+\([^)]*\)\n\}\n', lambda m: 'func '+name+'('+m.group(1)+') float64\n', s)
    body.append(s)
text='\n'.join(body)
# FMA is native (Java's Math.fma is the same correctly rounded fused multiply-add)
text=re.sub(r'\n{3,}', '\n\n', text)
header='''package math

// Go 1.19's math package (amd64): the pure-Go algorithms are Go's own, so results match Go's bit for bit.
// Natives (gosub.language.stdlib.math.MathNatives): what Go does in assembly or with compiler intrinsics on
// amd64 (Sqrt, Floor, Ceil, Trunc, Max, Min, Exp, Log, Hypot, FMA, Abs) and the float/bit conversions.

import "math/bits"

func Float32bits(f float32) uint32
func Float32frombits(b uint32) float32
func Float64bits(f float64) uint64
func Float64frombits(b uint64) float64
func FMA(x, y, z float64) float64

'''
text=header+text
text=text.replace('func Abs(x float64) float64 {\n\treturn Float64frombits(Float64bits(x) &^ (1 << 63))\n}\n','func Abs(x float64) float64\n')
open('/work/main/language/src/main/resources/gosub/stdlib/math.go','w').write(text)

# gosub has no goto yet: Gamma's two `goto small` become a flag
t=open('/work/main/language/src/main/resources/gosub/stdlib/math.go').read()
old_loops='''	for x < 0 {
		if x > -1e-09 {
			goto small
		}
		z = z / x
		x = x + 1
	}
	for x < 2 {
		if x < 1e-09 {
			goto small
		}
		z = z / x
		x = x + 1
	}
'''
new_loops='''	small := false
	for x < 0 {
		if x > -1e-09 {
			small = true
			break
		}
		z = z / x
		x = x + 1
	}
	for !small && x < 2 {
		if x < 1e-09 {
			small = true
			break
		}
		z = z / x
		x = x + 1
	}
	if small {
		if x == 0 {
			return Inf(1)
		}
		return z / ((1 + Euler*x) * x)
	}
'''
old_tail='''	return z * p / q

small:
	if x == 0 {
		return Inf(1)
	}
	return z / ((1 + Euler*x) * x)
}'''
assert old_loops in t and old_tail in t
t=t.replace(old_loops,new_loops).replace(old_tail,'''	return z * p / q
}''')
open('/work/main/language/src/main/resources/gosub/stdlib/math.go','w').write(t)

# gosub bug workaround: a shift by an unsigned count that wrapped around (>= 1<<63) panics instead of giving 0
t=open('/work/main/language/src/main/resources/gosub/stdlib/math.go').read()
old='''		bits += (halfMinusULP + (bits>>(shift-e))&1) >> e'''
new='''		var odd uint64
		if e <= shift {
			odd = (bits >> (shift - e)) & 1
		}
		bits += (halfMinusULP + odd) >> e'''
assert old in t
t=t.replace(old,new)
open('/work/main/language/src/main/resources/gosub/stdlib/math.go','w').write(t)

# math/bits is costly to load (parse and check) and math needs only three of its functions: natives instead
t=open('/work/main/language/src/main/resources/gosub/stdlib/math.go').read()
t=t.replace('import "math/bits"\n\n','')
t=t.replace('func FMA(x, y, z float64) float64\n','''func FMA(x, y, z float64) float64

// bits.Mul64, bits.Add64 and bits.LeadingZeros64 for trigReduce (natives, so math does not load math/bits).
func bitsMul64(x, y uint64) (hi, lo uint64)
func bitsAdd64(x, y, carry uint64) (sum, carryOut uint64)
func bitsLeadingZeros64(x uint64) int
''')
t=t.replace('bits.Mul64(','bitsMul64(').replace('bits.Add64(','bitsAdd64(').replace('bits.LeadingZeros64(','bitsLeadingZeros64(')
assert '= bits.' not in t and '(bits.' not in t and 'math/bits"' not in t
open('/work/main/language/src/main/resources/gosub/stdlib/math.go','w').write(t)
