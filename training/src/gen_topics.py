# Expands the authored topic sheet (topics.psv) into scene lines (gen-topics.txt) by combining each
# topic's authored pieces with authored reply shapes; deterministic (fixed seed).
# Usage, from training/: python3 src/gen_topics.py && python3 src/build_skills.py src/*.txt
import random
F = ['client', 'fact', 'fact2', 'feeling', 'worry', 'side1', 'side2', 'part', 'meaning', 'strength', 'act', 'acting', 'info']
T = {
 'SR': ["So {fact}.", "{Fact}.", "{Fact}, and {fact2}.", "So {fact2}.", "Okay, so {fact}.", "You're saying {fact}.",
        "If I've got it right, {fact}.", "So {fact}?", "{Fact2}.", "Right, so {fact} and {fact2}.", "So what's happened is {fact}.",
        "Let me check I've understood: {fact}, and {fact2}.", "And {fact2}.", "{Fact}, yeah.", "So on top of everything, {fact2}."],
 'CR': ["You're worried that {worry}.", "You're scared {worry}.", "Part of you {part}.", "On one hand {side1}, and on the other {side2}.",
        "{Side1}, and at the same time {side2}.", "{Side1}, but {side2}.", "You're feeling {feeling}.", "You sound {feeling}.",
        "So you're {feeling}, and {side2}.", "You're {feeling} because {fact}.", "I wonder if you're feeling {feeling}?",
        "You're feeling {feeling}?", "It sounds like {meaning}.", "{Meaning}.", "There's a real fear that {worry}.",
        "Underneath all of this, {meaning}.", "No wonder you're {feeling}.", "So {side2}, and you're {feeling}.",
        "You're {feeling}, and part of you {part}.", "{Side2}, even though {side1}.", "It's like you're afraid {worry}?",
        "And it's not only that {fact}, it's that you're {feeling}.", "I'm getting the sense that you're {feeling}.",
        "It seems that {meaning}, and that's why this hurts so much."],
 'AF': ["You've {strength}, and that takes real strength.", "It says a lot about you that you've {strength}.",
        "You've {strength}. That's not nothing.", "I'm struck by how you've {strength}.",
        "That's a lot to carry, and you've {strength}.", "Honestly, you've {strength}, and that shows how much you care.",
        "Anyone would feel {feeling} in your position.", "It's completely understandable to feel {feeling}.",
        "It makes sense that you're {feeling}, given everything.", "You've {strength}, which shows real courage.",
        "It's okay to feel {feeling} about this.", "Give yourself some credit, you've {strength}."],
 'AN': ["You should {act}.", "{Act}.", "I think you need to {act}.", "Maybe {act}.", "Try {acting}.", "Have you tried {acting}?",
        "Why don't you {act}?", "The best thing would be to {act}.", "It might help to {act}.", "You could {act}.",
        "I'd {act} if I were you.", "What about {acting}?", "My advice would be to {act}.", "Honestly, just {act}."],
 'AP': ["Would it be okay if I suggested something? You could {act}.", "If you're open to it, one idea is {acting}.",
        "Can I share a thought? It might help to {act}.", "I have a suggestion, but only if you want it: {act}.",
        "Would you be open to {acting}?", "It's completely up to you, but you could {act}.",
        "Would it help if we thought about {acting}?", "Would you like to hear what some people find useful? One thing is {acting}.",
        "Can I offer an idea? Some people find it helps to {act}.", "No pressure at all, but one option might be {acting}."],
 'IN': ["{Info}", "Just so you know, {info}", "It might be useful to know that {info}", "For what it's worth, {info}",
        "{Info} A lot of people don't realise that."],
 'OQ': ["What's it been like, feeling {feeling}?", "How are you coping with all of this?", "What makes you think {worry}?",
        "What goes through your mind when you think about it?", "How do you feel about {acting}?",
        "What would need to change for things to feel a bit easier?", "What's the hardest part of it for you?",
        "How has this been affecting you day to day?", "What do you make of it all?", "Tell me more about what's been happening."],
 'CQ': ["Are you feeling {feeling} right now?", "Do you think {worry}?", "Is anyone helping you with this?",
        "Has this happened before?", "Did you see it coming?", "Have you told anyone else about it?",
        "Is that the main thing on your mind at the moment?", "Would you say it's got worse recently?",
        "Are you okay to keep talking about it?", "Is this the first time you've talked about it?"],
 'SD': ["I've been through something similar, and I remember feeling {feeling} too.",
        "When something like that happened to me, I felt {feeling} as well.", "I know that feeling; I've been there myself.",
        "Honestly, I felt the same when I went through something like this.", "Something similar happened in my family a few years ago.",
        "I had a really hard time with something like this last year.", "For me, it took a long while before I felt like myself again.",
        "I remember going through that and not knowing who to talk to."],
}
N = {'SR': 6, 'CR': 7, 'AF': 5, 'AN': 5, 'AP': 5, 'IN': 4, 'OQ': 5, 'CQ': 5, 'SD': 5}
FILLERS = ["Mm-hmm. ", "Okay. ", "Right, ", "Yeah, ", "Hmm. ", "Mm. ", "Oh okay. ", "Um, ", "So, ", "Yeah. "]


def cap(s):
    return s[:1].upper() + s[1:]


def fill(t, d):
    out = t
    for k, v in d.items():
        out = out.replace('{' + cap(k) + '}', cap(v)).replace('{' + k + '}', v)
    return out


def main():
    rnd = random.Random(11)
    lines = []
    seen = set()
    for raw in open('src/topics.psv'):
        if raw.startswith('#') or not raw.strip():
            continue
        parts = [p.strip() for p in raw.rstrip('\n').split(' | ')]
        assert len(parts) == len(F), (len(parts), raw)
        d = dict(zip(F, parts))
        d['info'] = d['info'] if d['info'].endswith('.') else d['info'] + '.'
        d['info_l'] = d['info']
        lines.append('C ' + d['client'])
        for code, templates in T.items():
            for t in rnd.sample(templates, N[code]):
                d2 = dict(d)
                if code == 'IN' and not t.startswith('{Info}'):
                    d2['info'] = d['info'][:1].lower() + d['info'][1:] if not d['info'][:2].isupper() else d['info']
                s = fill(t, d2)
                if code in ('SR', 'CR', 'AF', 'IN', 'OQ', 'CQ') and rnd.random() < 0.25:
                    f = rnd.choice(FILLERS)
                    keep = f.endswith('. ') or s.startswith("I ") or s.startswith("I'")
                    s = f + (s if keep else s[:1].lower() + s[1:])
                if s.lower() in seen:
                    continue  # a shape with no topic slot is kept once
                seen.add(s.lower())
                lines.append(code + ' ' + s)
        lines.append('')
    with open('src/gen-topics.txt', 'w') as o:
        o.write('\n'.join(lines) + '\n')
    print(len([l for l in lines if l and not l.startswith('C ')]), 'generated lines')


main()
