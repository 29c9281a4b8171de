package org.practicum.core.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.text.Embedder;
import org.practicum.core.text.Sentences;

/**
 * Whether a reply takes up a cue in the client's last message: it asks about risk, names the cue (in the
 * cue's own words or a word that names its kind, "something's changed for you"), or reflects or asks
 * about the words that carry it.
 */
final class CueAcknowledgement {

    /** Words a trainee uses to name a cue of each kind back. */
    private static final Map<CueKind, Pattern> NAMES = new EnumMap<>(CueKind.class);

    static {
        NAMES.put(CueKind.MOOD_CHANGE, Pattern.compile("\\b(changed|change in you|not (feeling )?yourself|different)\\b"));
        NAMES.put(CueKind.TRAPPED, Pattern.compile("\\b(trapped|stuck|no way out|closing in|shut in|boxed in|cornered)\\b"));
        // Hopelessness and no sense of purpose are named back in each other's words ("it feels hopeless" after "what's the point").
        NAMES.put(CueKind.HOPELESSNESS, Pattern.compile("\\b(hopeless|no hope|future|never get better|pointless|no point)\\b"));
        NAMES.put(CueKind.PURPOSELESSNESS, Pattern.compile("\\b(pointless|no point|purpose|hopeless|no hope|matters?)\\b"));
        // Burden is a view of oneself: "you see yourself as taking from her" names it back.
        NAMES.put(CueKind.BURDEN, Pattern.compile("\\b(burden|in the way|better off without|holding (her|him|them) back|"
                + "(see|think of) yourself as|taking from|too much for)\\b"));
        NAMES.put(CueKind.ANGER, Pattern.compile("\\b(ang(er|ry)|rage|furious|temper|fuming|cross|lash\\w* out)\\b"));
        NAMES.put(CueKind.ANXIETY, Pattern.compile("\\b(sleep|slept|eat|eaten|eating|breath\\w*|shaking|sick|"
                + "panic\\w*|body|bed|get(ting)? (up in the morning|out of bed)|tired|exhausted|scared|frightened|afraid|fear)\\b"));
    }

    /**
     * Words that say where, when and with whom, not what hurts: a reply asking "what kind of work do you do?"
     * after "long sleeves at work" shares a word with the cue and moves past it.
     */
    private static final Pattern SETTING_PHRASE = Pattern.compile("\\b(at|on|in|from|into|near|around|since)"
            + " (the |my |a |an |his |her |our |their )?[\\w']+");
    private static final Set<String> SETTING = Set.of("work", "job", "mum", "dad", "mom", "home", "today", "tonight",
            "night", "last", "week", "year", "time", "way", "back");

    /** "Anyway, …", "On a lighter note": the reply announces it is leaving what the client said. */
    private static final Pattern CHANGES_SUBJECT = Pattern.compile("(^|[.!?] +|, )(anyway|anyhow|moving on|on a (lighter|"
            + "happier|different|brighter) note|changing the subject|enough about that|but enough)\\b");

    private static final Pattern GOODBYE = Pattern.compile("[,.!]? *(good luck|take care|all the best|bye|i'?ll let you go)");

    /** "What's it been like for you?", "How are you coping?": a question about the client's experience. */
    private static final Pattern ASKS_HOW_IT_IS = Pattern.compile("\\b((what'?s|what is|how'?s|how is) (it|that|this)"
            + "( been)? (like|feel|feeling)|how (has|have) (it|that|this|things) been|how (are|have) you (been )?(feeling|doing|coping|finding|holding up)|how does "
            + "(it|that|this) feel|what('s| is| has) (that|it) been like)\\b");

    /** Cosine between reply and cue above which the reply is about the cue (with the embedding model). */
    private static final double SAME_MEANING = 0.55;

    private final Embedder embedder;

    /** @param embedder optional (null): adds meaning-level matching of a reply against a cue */
    CueAcknowledgement(Embedder embedder) {
        this.embedder = embedder;
    }

    /** Whether the reply announces it is leaving what the client said ("Anyway, how's work?"). */
    static boolean changesSubject(String reply) {
        Matcher m = CHANGES_SUBJECT.matcher(Text.lower(reply));
        // "Anyway, good luck with it all": a goodbye, not a new topic.
        return m.find() && !GOODBYE.matcher(Text.lower(reply).substring(m.end())).lookingAt();
    }

    boolean acknowledges(List<DistressCue> cues, String reply, boolean asksAboutRisk, List<LabelledSentence> sentences) {
        if (cues.isEmpty()) {
            return false;
        }
        if (asksAboutRisk) {
            return true;
        }
        String lower = Text.lower(reply);
        if (changesSubject(reply)) {
            return false;
        }
        boolean engages = sentences.stream().anyMatch(s -> s.skill().isReflection() || s.skill().isQuestion());
        Set<String> replyStems = stems(reply);
        // Talk of death is the cue to take up: asking about the things given away moves past "where I'm going";
        // likewise a high-risk cue before a watch-out one ("snapping at everyone" after "what's the point of me").
        List<DistressCue> ideation = cues.stream().filter(c -> c.kind() == CueKind.IDEATION).toList();
        List<DistressCue> highRisk = cues.stream().filter(c -> !c.watchOut()).toList();
        if (highRisk.isEmpty() && (sentences.stream().anyMatch(s -> s.skill().isReflection())
                || ASKS_HOW_IT_IS.matcher(lower).find())) {
            // A watch-out sign (lying awake, a few cans) is taken up by any reflection or a question about how it is.
            return true;
        }
        for (DistressCue cue : !ideation.isEmpty() ? ideation : !highRisk.isEmpty() ? highRisk : cues) {
            if (LexiconCueDetector.mentions(cue.kind(), lower)
                    || NAMES.containsKey(cue.kind()) && NAMES.get(cue.kind()).matcher(lower).find()) {
                return true;
            }
            String cueWords = SETTING_PHRASE.matcher(Text.lower(cue.quote())).replaceAll(" ");
            if (engages && stems(cueWords).stream().anyMatch(replyStems::contains)) {
                return true;
            }
            if (engages && embedder != null
                    && Embedder.cosine(embedder.embed(reply), embedder.embed(cue.quote())) >= SAME_MEANING) {
                return true;
            }
        }
        return false;
    }

    /** Content words cut to a rough stem, so "leaving" takes up "leave". */
    private static Set<String> stems(String text) {
        return Sentences.contentWords(text).stream()
                .map(w -> w.replaceAll("[^a-z]", "").replaceAll("(ing|ed|es|s|e)$", ""))
                .filter(w -> w.length() >= 3 && !SETTING.contains(w))
                .collect(Collectors.toSet());
    }
}
