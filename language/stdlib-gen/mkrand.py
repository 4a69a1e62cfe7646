import re
SRC='/usr/lib/go-1.19/src/math/rand/'
def strip(s):
    s=re.sub(r'/\*.*?\*/', '', s, flags=re.S)
    s=re.sub(r'import \(.*?\)\n', '', s, flags=re.S)
    out=[]
    for l in s.split('\n'):
        st=l.strip()
        if st.startswith('//'): continue
        if l.startswith('package ') or l.startswith('import '): continue
        out.append(l)
    return '\n'.join(out)
text=strip(open(SRC+'rand.go').read())
rest='\n'.join(strip(open(SRC+f+'.go').read()) for f in ['rng','exp','normal','zipf'])
i=text.index('type lockedSource struct {')
text=text[:i]+'''type lockedSource struct{}

// The global source is native (gosub.language.stdlib.rand.RandNatives): the same generator, synchronized in Java.
func globalInt63() int64
func globalUint64() uint64
func globalSeed(seed int64)

func (r *lockedSource) Int63() (n int64)   { return globalInt63() }
func (r *lockedSource) Uint64() (n uint64) { return globalUint64() }
func (r *lockedSource) Seed(seed int64)    { globalSeed(seed) }

func (r *lockedSource) seedPos(seed int64, readPos *int8) {
	globalSeed(seed)
	*readPos = 0
}

func (r *lockedSource) read(p []byte, readVal *int64, readPos *int8) (n int, err error) {
	return read(p, r, readVal, readPos)
}
'''
text=text.replace('var globalRand = New(&lockedSource{src: NewSource(1).(*rngSource)})','var globalRand = New(&lockedSource{})')
text=text.replace('var _ *rngSource = globalRand.src.(*lockedSource).src\n','')
text=text+'\n'+rest
text=re.sub(r'\n{3,}', '\n\n', text)
header='''package rand

// Go 1.19's math/rand as Go source: the same generator and algorithms, so seeded sequences (and the default seed
// of 1 of the top-level functions) give exactly Go 1.19's numbers.

import "math"

'''
import os
os.makedirs('/work/main/language/src/main/resources/gosub/stdlib/math', exist_ok=True)
open('/work/main/language/src/main/resources/gosub/stdlib/math/rand.go','w').write(header+text)

# gosub has no goto yet
t=open('/work/main/language/src/main/resources/gosub/stdlib/math/rand.go').read()
for expr, typ in (('float64(r.Int63()) / (1 << 63)', 'float64'), ('float32(r.Float64())', 'float32')):
    old_re = re.compile(r'again:\n\tf := ' + re.escape(expr) + r'\n\tif f == 1 \{\n\t\tgoto again[^\n]*\n\t\}\n\treturn f\n')
    new = '\tfor {\n\t\tf := ' + expr + '\n\t\tif f != 1 {\n\t\t\treturn f\n\t\t}\n\t}\n'
    t, k = old_re.subn(new, t)
    assert k == 1, expr
open('/work/main/language/src/main/resources/gosub/stdlib/math/rand.go','w').write(t)
