# Builds training/moves.tsv from the authored move scenes: `python3 src/build_moves.py src/moves/*.txt`
# Every reply answers its scene's client message, so every row has one.
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import scenes
codes = {'MN': 'minimising', 'JU': 'judging', 'SF': 'self_focus', 'BO': 'brushes_off_cue', 'OK': 'fine'}
scenes.build(sys.argv[1:], codes, 'label\tclient_message\ttrainee_sentence', 'moves.tsv', need_context=True)
