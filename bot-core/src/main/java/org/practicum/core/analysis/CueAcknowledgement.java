package org.practicum.core.analysis;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        NAMES.put(CueKind.HOPELESSNESS, Pattern.compile("\\b(hopeless|no hope|future|never get better)\\b"));
        NAMES.put(CueKind.BURDEN, Pattern.compile("\\b(burden|in the way|better off without|holding (her|him|them) back)\\b"));
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

    /** Cosine between reply and cue above which the reply is about the cue (with the embedding model). */
    private static final double SAME_MEANING = 0.55;

    private final Embedder embedder;

    /** @param embedder optional (null): adds meaning-level matching of a reply against a cue */
    CueAcknowledgement(Embedder embedder) {
        this.embedder = embedder;
    }

    boolean acknowledges(List<DistressCue> cues, String reply, boolean asksAboutRisk, List<LabelledSentence> sentences) {
        if (cues.isEmpty()) {
            return false;
        }
        if (asksAboutRisk) {
            return true;
        }
        String lower = Text.lower(reply);
        boolean engages = sentences.stream().anyMatch(s -> s.skill().isReflection() || s.skill().isQuestion());
        Set<String> replyStems = stems(reply);
        // Talk of death is the cue to take up: asking about the things given away moves past "where I'm going".
        List<DistressCue> ideation = cues.stream().filter(c -> c.kind() == CueKind.IDEATION).toList();
        for (DistressCue cue : ideation.isEmpty() ? cues : ideation) {
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
