# Makes the size-limit inputs measured in docs-draft/readers.md, in the
# current folder: python3 readers-inputs.py /path/to/catalog/default.json
# then, for example:
#   /usr/bin/time -v gluteplan validate stubs300k.yaml
#   gluteplan catalog list --no-default-catalog --catalog bigvalid.json --format yaml > bigvalid.yaml
import json, sys

M = 10 * 1024 * 1024


def w(name, s):
    open(name, 'w').write(s)


w('ones2m.json', '{"exercises":[' + ','.join(['1'] * 1000000) + ']}')
w('ones10m.json', '{"exercises":[' + ','.join(['1'] * ((M - 20) // 2)) + ']}')
w('empties.json', '{"exercises":[' + ','.join(['{}'] * ((M - 20) // 3)) + ']}')
w('stubs100k.json', '{"exercises":[' + ','.join('{"id":"e%d"}' % i for i in range(100000)) + ']}')
w('stubs300k.yaml', 'exercises:\n' + ''.join('- id: e%d\n' % i for i in range(300000)))
w('list10m.yaml', 'exercises:\n' + '- 1\n' * ((M - 20) // 4))
w('deepsteps.yaml', 'exercises:\n  - id: a\n    steps:\n' + '      - x\n' * 900000)
w('flowseq.yaml', 'exercises: [' + ', '.join('{id: e%d}' % i for i in range(200000)) + ']\n')
w('profile100k.yaml', ''.join('k%d: 1\n' % i for i in range(100000))[:1024 * 1024 - 10])
w('profile100k.json', '{' + ','.join('"k%d":1' % i for i in range(90000)) + '}')
w('bigkey.json', '{"exercises":[],"' + 'k' * (9 * 1024 * 1024) + '":1}')
w('bigid.json', '{"exercises":[{"id":"' + 'A' * (9 * 1024 * 1024) + '"}]}')
w('bigkey.yaml', 'exercises: []\n' + 'k' * (9 * 1024 * 1024) + ': 1\n')
w('logempties.json', '{"plan":{},"entries":[' + ','.join(['{}'] * ((4 * 1024 * 1024 - 40) // 3)) + ']}')
w('logstubs.json', '{"plan":{},"entries":[' + ','.join(['{}'] * 900000) + ']}')
w('planempties.json', '{"profile":{},"weeks":[' + ','.join(['{}'] * ((16 * 1024 * 1024 - 40) // 3)) + ']}')
w('planstubs.json', '{"profile":{},"weeks":[' + ','.join(['{}'] * 900000) + ']}')

e = {"id": "Glute_Bridge", "name": "Glute Bridge", "force": "push", "level": "beginner", "mechanic": "isolation",
     "equipment": "body only", "primaryMuscles": ["glutes"], "secondaryMuscles": ["hamstrings"],
     "instructions": ["Lie on your back.", "Lift the hips."], "category": "strength", "images": []}
for n in (10000, 50000):
    w('dup%dk.json' % (n // 1000), json.dumps([dict(e, id='Glute_Bridge_%d' % i) for i in range(n)]))

# A valid catalog of the default catalog's entries copied under new ids,
# about 9.8 MB.
ex = json.load(open(sys.argv[1]))['exercises']
out, k = [], 0
while len(json.dumps({"exercises": out})) < 7.6 * 1024 * 1024:
    for x in ex:
        y = json.loads(json.dumps(x))
        y['id'] = x['id'] + '-k%d' % k
        if 'progression' in y:
            y['progression'] = x['progression'] + '-k%d' % k
        out.append(y)
    k += 1
w('bigvalid.json', json.dumps({"exercises": out}, indent=1))
