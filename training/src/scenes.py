# Reads authored scene files into a TSV: a line "C <client message>" opens a scene, each following
# "<code> <trainee sentence>" line is one row, and a blank line ends the scene.
import collections

def build(files, codes, header, out, need_context=False):
    rows = []
    for f in files:
        ctx = ''
        for line in open(f):
            line = line.rstrip('\n')
            if not line.strip():
                ctx = ''  # a blank line ends a scene; lines after it have no client context
                continue
            code, text = line.split(' ', 1)
            if code == 'C': ctx = text; continue
            assert '\t' not in text and (ctx or not need_context), line
            rows.append((codes[code], ctx, text))
    with open(out, 'w') as o:
        o.write(header + '\n')
        for r in rows: o.write('\t'.join(r) + '\n')
    print(len(rows), collections.Counter(r[0] for r in rows))
