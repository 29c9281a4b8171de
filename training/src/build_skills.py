# Builds training/skills.tsv from the authored scene files: `python3 src/build_skills.py src/*.txt`
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import scenes
codes = {'OQ':'open_question','CQ':'closed_question','SR':'simple_reflection','CR':'complex_reflection','AF':'affirmation',
         'AP':'advice_with_permission','AN':'advice_without_permission','IN':'information','SD':'self_disclosure','OT':'other'}
scenes.build(sys.argv[1:], codes, 'label\tclient_context\ttrainee_sentence', 'skills.tsv')
