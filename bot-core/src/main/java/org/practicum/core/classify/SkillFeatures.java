package org.practicum.core.classify;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicum.core.text.Embedder;

/**
 * The input of the skill head: the sentence embedding followed by cheap surface features. The
 * embedding carries meaning; the features carry what a small head would otherwise have to learn
 * from few examples — a question mark, how a question opens, advice and permission phrasing,
 * "it sounds like", who the sentence is about, and how closely it mirrors the client's words.
 *
 * <p>Training and classification both go through this class, so the two cannot drift apart.
 */
public final class SkillFeatures {

    /** Names of the cheap features, in order; they follow the embedding dimensions. */
    public static final List<String> NAMES = List.of(
            "has_question_mark", "ends_with_question_mark", "opens_with_wh_word", "opens_with_auxiliary",
            "advice_phrase", "permission_phrase", "reflection_phrase", "affirmation_phrase",
            "information_phrase", "self_disclosure_phrase", "first_person_ratio", "second_person_ratio",
            "log_length", "backchannel", "greeting_or_closing", "cosine_with_client", "word_overlap_with_client",
            "has_digit", "opens_with_imperative", "if_you");

    private static final Pattern WH_OPENING = Pattern.compile(
            "^(?:(?:so|and|but|okay|ok|well|um|mm|right|yeah)[, ]+)*(?:what|how|why|when|where|who|which|tell me|describe|in what way)\\b");
    private static final Pattern AUXILIARY_OPENING = Pattern.compile(
            "^(?:(?:so|and|but|okay|ok|well|um|mm|right|yeah)[, ]+)*(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|should|am|any|anything|is there|are there)\\b");
    private static final Pattern ADVICE = Phrases.anyOf(
            "you should", "you could", "you might want to", "you may want to", "you need to", "you have to", "you must",
            "you ought to", "why don't you", "why not", "have you tried", "have you thought about", "have you considered",
            "i suggest", "i'd suggest", "i would suggest", "i recommend", "i'd recommend", "maybe you", "perhaps you",
            "it might help to", "it may help to", "it could help to", "how about", "what if you", "make sure",
            "don't forget", "if i were you", "the best thing", "one thing that helps", "try to", "try and", "it's worth",
            "it would be good to", "it'd be good to", "you'd be better", "better off");
    private static final Pattern PERMISSION = Phrases.anyOf(
            "would it be (?:ok|okay|alright|all right) if", "is it (?:ok|okay|alright|all right) if i",
            "can i (?:share|suggest|offer|give|mention|tell you)", "could i (?:share|suggest|offer|give|mention)",
            "may i (?:share|suggest|offer)", "would you like (?:some|me to|to hear|a few|an idea|ideas)",
            "do you want (?:some|me to|to hear|a few|an idea|ideas)", "would you be open to", "are you open to",
            "if you're open to", "if you want,? i", "if you like,? i", "if it helps,? i", "mind if i",
            "would it help if i", "i have (?:a|an|some) (?:idea|ideas|thought|thoughts|suggestion)",
            "only if you want", "up to you", "your call", "no pressure", "feel free to ignore");
    private static final Pattern REFLECTION = Phrases.anyOf(
            "it sounds like", "sounds like", "it seems like", "seems like", "it seems", "it feels like",
            "you feel", "you're feeling", "you are feeling", "you felt", "you've been feeling", "you're saying",
            "what i'm hearing", "i hear", "i'm hearing", "it must", "you must be", "you're worried", "you're scared",
            "you're tired", "you're angry", "you're hurt", "you're frustrated", "on one hand", "part of you",
            "so you", "you wish", "you want", "you're not sure", "you don't know");
    private static final Pattern AFFIRMATION = Phrases.anyOf(
            "you've done", "you're doing", "you did", "courage", "brave", "strength", "strong", "proud",
            "well done", "good for you", "that's great", "you deserve", "thank you for (?:sharing|telling|trusting)",
            "thanks for (?:sharing|telling|trusting)", "i appreciate", "you clearly care", "you're not alone",
            "it makes sense", "makes sense", "understandable", "it's okay to", "it's ok to", "valid", "not your fault",
            "you matter", "that took", "impressive", "resilient", "you care", "caring", "good job", "you got this");
    private static final Pattern INFORMATION = Phrases.anyOf(
            "research", "studies", "study shows", "evidence", "many people", "a lot of people", "most people",
            "lots of people", "it's common", "is common", "very common", "quite common", "usually", "typically",
            "often", "per ?cent", "hotline", "helpline", "crisis line", "service", "services", "available",
            "is called", "it's called", "means that", "is a way", "the way it works", "for example", "in general",
            "on average", "tends to", "can cause", "can make", "symptoms", "side effects", "appointment", "free");
    private static final Pattern SELF_DISCLOSURE = Phrases.anyOf(
            "i went through", "when i was", "i've been through", "i had", "i've had", "me too", "i also",
            "happened to me", "my (?:mum|mom|dad|brother|sister|partner|wife|husband|friend|ex|family|own)",
            "i remember", "i used to", "i know how (?:that|it) feels", "i've felt", "i felt", "for me",
            "same here", "i've struggled", "i struggled", "in my experience", "i lost", "i was");
    private static final Pattern BACKCHANNEL = Pattern.compile(
            "^(?:(?:mm+|m+hm+|mhm|uh-?huh|hmm+|okay|ok|yeah|yes|yep|right|sure|i see|got it|oh|ah|alright|all right|wow|gotcha|true|exactly|indeed|of course)[ ,.!?-]*)+$");
    private static final Pattern GREETING = Phrases.anyOf(
            "hi", "hello", "hey", "bye", "goodbye", "take care", "good luck", "welcome", "nice to meet",
            "see you", "good morning", "good evening", "good night", "talk soon", "have a good");
    private static final Pattern IMPERATIVE_OPENING = Pattern.compile(
            "^(?:(?:so|and|but|okay|ok|well|maybe|perhaps|just|please)[, ]+)*(?:try|take|go|talk|call|write|make|get|keep|let|consider|remember|give|start|stop|focus|reach|set|look|find|ask|text|see|put|drink|eat|sleep|breathe|avoid|don't|do not|speak|join|book|use|spend|plan|check|download|read|listen)\\b");
    private static final Pattern IF_YOU = Phrases.anyOf("if you", "when you");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll");
    private static final Set<String> STOP_WORDS = Set.of("the", "a", "an", "and", "or", "but", "to", "of", "in", "on",
            "it", "is", "was", "that", "this", "i", "you", "me", "my", "your", "so", "just", "like", "be", "for",
            "with", "at", "do", "have", "im", "i'm", "it's", "are", "not", "what", "how", "about");

    private final Embedder embedder;

    public SkillFeatures(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    public int size() {
        return embedderDimension() + NAMES.size();
    }

    private int embedderDimension() {
        return embedder.embed(".").length;
    }

    /** The full feature vector: embedding, then {@link #NAMES}. */
    public float[] vector(String sentence, String previousClientMessage) {
        float[] embedding = embedder.embed(sentence.isBlank() ? "." : sentence.strip());
        String client = previousClientMessage == null ? "" : previousClientMessage.strip();
        float[] clientEmbedding = client.isEmpty() ? null : embedder.embed(client);
        float[] cheap = cheap(sentence, client, embedding, clientEmbedding);
        float[] out = new float[embedding.length + cheap.length];
        System.arraycopy(embedding, 0, out, 0, embedding.length);
        System.arraycopy(cheap, 0, out, embedding.length, cheap.length);
        return out;
    }

    static float[] cheap(String sentence, String client, float[] embedding, float[] clientEmbedding) {
        String s = Phrases.normalise(sentence);
        String[] tokens = Phrases.tokens(s);
        int n = Math.max(1, tokens.length);
        int first = 0;
        int second = 0;
        for (String t : tokens) {
            if (FIRST_PERSON.contains(t)) {
                first++;
            } else if (SECOND_PERSON.contains(t)) {
                second++;
            }
        }
        float[] f = new float[NAMES.size()];
        f[0] = bit(s.contains("?"));
        f[1] = bit(s.endsWith("?"));
        f[2] = bit(WH_OPENING.matcher(s).find());
        f[3] = bit(AUXILIARY_OPENING.matcher(s).find());
        f[4] = bit(ADVICE.matcher(s).find());
        f[5] = bit(PERMISSION.matcher(s).find());
        f[6] = bit(REFLECTION.matcher(s).find());
        f[7] = bit(AFFIRMATION.matcher(s).find());
        f[8] = bit(INFORMATION.matcher(s).find());
        f[9] = bit(SELF_DISCLOSURE.matcher(s).find());
        f[10] = (float) first / n;
        f[11] = (float) second / n;
        f[12] = (float) (Math.log1p(tokens.length) / 3);
        f[13] = bit(tokens.length <= 4 && BACKCHANNEL.matcher(s).matches());
        f[14] = bit(GREETING.matcher(s).find());
        f[15] = clientEmbedding == null ? 0 : (float) Embedder.cosine(embedding, clientEmbedding);
        f[16] = (float) overlap(tokens, Phrases.tokens(Phrases.normalise(client)));
        f[17] = bit(DIGIT.matcher(s).find());
        f[18] = bit(IMPERATIVE_OPENING.matcher(s).find());
        f[19] = bit(IF_YOU.matcher(s).find());
        return f;
    }

    /** Share of the sentence's content words that the client used too. */
    private static double overlap(String[] sentence, String[] client) {
        Set<String> clientWords = new HashSet<>(List.of(client));
        int content = 0;
        int shared = 0;
        for (String t : sentence) {
            if (!STOP_WORDS.contains(t)) {
                content++;
                if (clientWords.contains(t)) {
                    shared++;
                }
            }
        }
        return content == 0 ? 0 : (double) shared / content;
    }

    private static float bit(boolean b) {
        return b ? 1f : 0f;
    }
}
