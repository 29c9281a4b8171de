# Builds training/moves.tsv from the authored move scenes: `python3 src/build_moves.py src/moves-*.txt`
# A scene is a client message (C) followed by one trainee reply sentence per line, each with its move.
import sys, collections
codes = {'MN': 'minimising', 'JU': 'judging', 'SF': 'self_focus', 'BO': 'brushes_off_cue', 'OK': 'fine'}
rows = []
for f in sys.argv[1:]:
    ctx = ''
    for line in open(f):
        line = line.rstrip('\n')
        if not line.strip():
            ctx = ''
            continue
        code, text = line.split(' ', 1)
        if code == 'C': ctx = text; continue
        assert ctx and '\t' not in text, line
        rows.append((codes[code], ctx, text))
with open('moves.tsv', 'w') as o:
    o.write('label\tclient_message\ttrainee_sentence\n')
    for r in rows: o.write('\t'.join(r) + '\n')
print(len(rows), collections.Counter(r[0] for r in rows))
