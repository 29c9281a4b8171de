package org.practicum.core.cue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.practicum.core.text.Sentences;

/** Distress cues by phrase lexicon (IS PATH WARM, burden, acute signs). High recall, some false alarms. */
public final class LexiconCueDetector implements DistressCueDetector {

    private static final Map<CueKind, Pattern> LEXICON = new EnumMap<>(CueKind.class);

    static {
        LEXICON.put(CueKind.IDEATION, Pattern.compile("\\b(disappear|not (to )?wak(e|ing) up|don'?t want to be here|"
                + "not (be|being) here|not be around|wouldn'?t be around|end it all|ending it|want(ed)? to die|"
                + "wish i (was|were) dead|better off dead|kill myself|suicid\\w*|no reason to live|stop existing|"
                + "go to sleep and not|not exist|fall asleep forever|sleep forever|if i wasn'?t here|if i was gone|"
                + "when i'?m gone|not here anymore|if i (just )?(wasn'?t|weren'?t) (here|around|in the picture)|"
                + "better place without me|never coming back|want (it all|everything) to stop|reason to carry on)"));
        LEXICON.put(CueKind.BURDEN, Pattern.compile("\\b(burden|better off without me|(be )?fine without me|"
                + "in (everyone'?s|the) way|dragging (everyone|them|you|him|her) down|nobody would (miss|notice)|"
                + "no one would (miss|notice)|wouldn'?t even notice|(anyone|anybody) would (really |even )?(miss|notice|care)|"
                + "(cope|manage) (fine )?without me|dead weight|(would|'d) be better off (with someone else|without)|weight around everyone'?s neck|waste of space|everyone would be better)"));
        LEXICON.put(CueKind.HOPELESSNESS, Pattern.compile("\\b(no point|what'?s the point|whats the point|"
                + "point of (any|it|anything|trying)|hopeless|nothing (will|is going to|ever) change|never get better|"
                + "won'?t get better|no future|given up|give up|can'?t see (a|any) way|nothing to look forward|"
                + "never going to be ok|what'?s the use|wish(ing)? it (was|were) (all )?over|can'?t see (a|any) future|"
                + "can'?t see (a|any) way (this|it) ends)"));
        LEXICON.put(CueKind.TRAPPED, Pattern.compile("\\b(trapped|no way out|can'?t escape|no escape|stuck forever|"
                + "can'?t get out|boxed in|walls closing)"));
        LEXICON.put(CueKind.PURPOSELESSNESS, Pattern.compile("\\b(no purpose|pointless|what am i (even )?for|"
                + "meaningless|no reason to get up|why bother|(can'?t|don'?t) see (much |the )?(point|reason) (of|in|to))"));
        LEXICON.put(CueKind.ANXIETY, Pattern.compile("\\b(can'?t sleep|haven'?t slept|not sleeping|barely slept|"
                + "awake all night|up all night|panic|can'?t breathe|heart (is )?racing|on edge|can'?t stop shaking)"));
        LEXICON.put(CueKind.SUBSTANCE, Pattern.compile("\\b(drinking|drink(s)? (more|every)|a few drinks|wine every|"
                + "bottle of|pills to sleep|getting high|smoking more|using again|numb it|having a drink (when|to|every|most))"));
        LEXICON.put(CueKind.WITHDRAWAL, Pattern.compile("\\b(stopped (seeing|talking|going|replying|answering)|don'?t see anyone|"
                + "haven'?t (left|seen anyone|talked to anyone)|not answering|pushed (everyone|people) away|"
                + "cancel+ed on|stay in my room|isolat\\w*|shut (myself|everyone) out|ignoring (everyone|messages))"));
        LEXICON.put(CueKind.ANGER, Pattern.compile("\\b(so angry|rage|furious|want to (smash|punch|scream)|"
                + "hate everyone|hate myself)"));
        LEXICON.put(CueKind.RECKLESSNESS, Pattern.compile("\\b(don'?t care what happens|drove too fast|reckless|"
                + "doesn'?t matter what happens to me|don'?t care anymore)"));
        LEXICON.put(CueKind.ACUTE, Pattern.compile("\\b(giving (away|my) (stuff|things)|gave (away|my) (stuff|things)|"
                + "say(ing)? goodbye|said (my )?goodbyes?|made a plan|have a plan|wrote (a|some) letters?|"
                + "last time you'?ll hear|sorted out my (stuff|affairs))"));
        LEXICON.put(CueKind.MOOD_CHANGE, Pattern.compile("\\b(suddenly (feel|felt) calm|finally at peace|"
                + "weirdly calm|strangely calm)"));
    }

    @Override
    public List<DistressCue> detect(String clientText) {
        List<DistressCue> found = new ArrayList<>();
        for (String sentence : Sentences.split(clientText)) {
            String s = sentence.toLowerCase(Locale.ROOT).replace('’', '\'');
            for (Map.Entry<CueKind, Pattern> e : LEXICON.entrySet()) {
                if (e.getValue().matcher(s).find()
                        && found.stream().noneMatch(c -> c.kind() == e.getKey())) {
                    found.add(new DistressCue(e.getKey(), sentence));
                }
            }
        }
        return found;
    }

    /** Whether text mentions a cue of this kind; a trainee naming "the point" or "trapped" is staying with it. */
    public static boolean mentions(CueKind kind, String text) {
        return LEXICON.get(kind).matcher(text.toLowerCase(Locale.ROOT).replace('’', '\'')).find();
    }
}
