# Builds training/skills.tsv from the authored scene files: `python3 src/build_skills.py src/*.txt`
import sys, collections
codes = {'OQ':'open_question','CQ':'closed_question','SR':'simple_reflection','CR':'complex_reflection','AF':'affirmation',
         'AP':'advice_with_permission','AN':'advice_without_permission','IN':'information','SD':'self_disclosure','OT':'other'}
rows = []
for f in sys.argv[1:]:
    ctx = ''
    for line in open(f):
        line = line.rstrip('\n')
        if not line.strip():
            ctx = ''  # a blank line ends a scene; lines after it have no client context
            continue
        code, text = line.split(' ', 1)
        if code == 'C': ctx = text; continue
        assert '\t' not in text
        rows.append((codes[code], ctx, text))
with open('skills.tsv', 'w') as o:
    o.write('label\tclient_context\ttrainee_sentence\n')
    for r in rows: o.write('\t'.join(r) + '\n')
print(len(rows), collections.Counter(r[0] for r in rows))
