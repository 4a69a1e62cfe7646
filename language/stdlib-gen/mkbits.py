import re
SRC='/usr/lib/go-1.19/src/math/bits/'
def strip(s):
    s=re.sub(r'/\*.*?\*/', '', s, flags=re.S)
    out=[]
    for l in s.split('\n'):
        st=l.strip()
        if st.startswith('//'): continue
        if l.startswith('package ') or l.startswith('import '): continue
        out.append(l)
    return '\n'.join(out)
text=strip(open(SRC+'bits.go').read())+'\n'+strip(open(SRC+'bits_tables.go').read())
text=text.replace('panic(overflowError)','panicOverflow()').replace('panic(divideError)','panicDivide()')
text=re.sub(r'\n{3,}', '\n\n', text)
header='''package bits

// Go 1.19's math/bits, as Go source. Natives (gosub.language.stdlib.math.MathNatives): the run-time panics.

func panicOverflow()
func panicDivide()

'''
import os
os.makedirs('/work/main/language/src/main/resources/gosub/stdlib/math', exist_ok=True)
open('/work/main/language/src/main/resources/gosub/stdlib/math/bits.go','w').write(header+text)
