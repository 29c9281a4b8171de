package org.practicum.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.scenario.RiskQuestion;
import org.practicum.core.scenario.StoryVocabulary;
import org.practicum.core.text.Embedder;
import org.practicum.core.text.PhraseSet;
import org.practicum.core.text.Sentences;

/**
 * Reads what a trainee's message asks or says and what it is about, in the scenario's own words
 * (rules plus the in-process embedding when there is one; no network). The client answers what this
 * finds; the skill labels and flags of the {@link Analysis} stay as they are. Thread-safe.
 */
public final class MessageReader {

    // Trainees often ask about "people" first ("some people think about ending their life. have you?"): any person.
    private static final String WHOSE = "(your|their|one's|his|her|my)";
    private static final Pattern IDEATION = Pattern.compile("suicid|kill(ing)? (yourself|themselves|themself|oneself)"
            + "|end(ing)? (" + WHOSE + "|it) (own )?(li(fe|ves)|all)|tak(e|ing) " + WHOSE + " (own )?li(fe|ves)"
            + "|better off (not (being )?(here|around|alive)|gone|not existing)"
            + "|(thoughts?|thinking) (of|about) (dying|death|not being (here|around|alive)"
            + "|ending|no longer being)|want(ing)? to die|wish(ing)? you (were|was|weren't|wasn't) (dead|here|alive)"
            + "|not (want|wanting) to (be here|live|be alive|wake up|go on)|better off dead|rather not (wake|be here)"
            + "|not wake up|be better off without you|thoughts of not"
            // the burden thought asked about: "…that others would be better off without them. Is that something you've had?"
            + "|(would|'d) (all )?be better off (without (you|them|me)|if (you|they|i) (were|was)n'?t (here|around))");
    /** "so no thoughts of ending your life", "not thoughts of ending things": the client's no, said back. */
    private static final Pattern SAYS_BACK_A_DENIAL = Pattern.compile("\\b(no|not|never|without|don't|haven't|aren't)( \\w+){0,2} (thoughts?|suicid\\w*|plans?)\\b");
    /** A question that asks about what the sentence before it said: "have you had thoughts like that?", "have you?". */
    private static final Pattern POINTS_BACK = Pattern.compile("\\b(like that|like this|those|these|such|any of that)\\b"
            + "|^(have|do|are|is|did) (you|it|that)( ever)?( had| felt| thought| been)?( (that|it|them|so))?\\W*$"
            + "|\\b(is that|has that|does that|could that|might that|would that) (ever )?(something|been|happened|crossed)\\b");
    private static final Pattern SELF_HARM = Pattern.compile("(hurt|harm|cut)(ing)? yourself|self[- ]?harm");
    private static final Pattern SAFETY = Pattern.compile("are you safe|(feel|feeling|keep(ing)?( yourself)?|stay(ing)?) "
            + "safe|safe (tonight|right now|at the moment|at home)");
    private static final Pattern PLAN = Pattern.compile("(made|make|have|got|thought about|thinking about) (a|any) plans?"
            + "|how you (would|might|'d|could) do (it|that)|thought about how|plan(ned)? (to|how)|when you would");
    private static final Pattern FREQUENCY = Pattern.compile("how often|how many times|every day|each day|how long have "
            + "you (had|been having|felt)|when do (they|these|those|the thoughts)|how much of the time|most days");
    private static final Pattern REASONS = Pattern.compile("keeps? you going|kept you going|stops? you|stopped you"
            + "|holds? you back|reasons? (to|for) (live|living|stay|keep)|what('s| has) helped you (stay|get through)"
            + "|helps you hold on|what gets you through");
    private static final Pattern WHO_KNOWS = Pattern.compile("does (anyone|anybody|someone) (else )?know|who knows"
            + "|(have|has) you told (anyone|anybody|someone)|told (anyone|anybody|someone) (else|about)|anyone you('ve| have) told"
            + "|does (he|she|they|your \\w+) know");
    private static final Pattern CLOSING = Pattern.compile("(we('re| are)|i('m| am)) (going to|gonna) have to (stop|finish"
            + "|end|wrap)|coming to (an|the) end|(nearly|almost|about) out of time|run(ning)? out of time|(need|have) to "
            + "(stop|finish|wrap( it)? up|end) (here|now|there|soon|for today)|that'?s (all|it) for (today|now|tonight)"
            + "|let'?s (stop|finish|wrap (it )?up|leave it) (there|here|for (today|now))|(^|\\W)take care\\b|\\b(good ?)?bye\\b"
            + "|goodnight|before we (finish|stop|end|wrap)|it was (good|nice|lovely|really good) (talking|to talk|chatting)"
            + "|speak (to you )?(soon|again)|i('ll| will) let you go|thank(s| you) for (talking|chatting|sharing all"
            + "|today|your time|trusting me with all)|(hope|hoping) (it|things|everything|the exams?) (goes?|go|works? out)"
            + " (well|ok|okay|alright)|good luck|all the best|look after yourself|mind how you go");
    /** "You really need to look after yourself more": telling the client to take care is advice, not a goodbye. */
    private static final Pattern OBLIGED_CARE = Pattern.compile("\\b(need|needs|have|has|got|ought|try|start|remember)"
            + " to (\\w+ )?(look after|take care of) yourself|\\b(should|must|make sure you) (\\w+ )?(look after|take care of) yourself");
    private static final Pattern CLARIFY = Pattern.compile("what (do|did) you mean|what does that mean|(can|could) you "
            + "(explain|say more about what you mean)|not sure i (follow|understand)|tell me what you mean|meaning by"
            + "|what's that about|say a bit more about (that|what)");
    private static final Pattern GREETING = Pattern.compile("^(hi|hello|hey|hiya|heya|good (morning|afternoon|evening))"
            + "\\b");
    /** "outside work", "apart from your mum": what the message sets aside is not what it asks about. */
    private static final Pattern EXCLUDED = Pattern.compile("(?i)\\b(outside( of)?|apart from|other than|away from"
            + "|besides|except( for)?) (the |your |of )?[\\p{L}'-]+");
    /** After a follow-up like "does anyone know?", the risk talk is still going on if it was this recent. */
    private static final int RISK_TALK_TURNS = 3;
    /** Cosine at which a reflection says back something the client said or the story holds. */
    private static final double FITS_AT = 0.15;

    private final Embedder embedder;

    /** @param embedder optional (null): without it, a reflection's fit is judged by shared words */
    public MessageReader(Embedder embedder) {
        this.embedder = embedder;
    }

    public Understanding read(AnalysisContext context, String traineeText, Analysis analysis) {
        String text = PhraseSet.normalise(traineeText);
        StoryVocabulary vocabulary = context.scenario().vocabulary();
        RiskQuestion risk = riskQuestion(text, riskTalkGoingOn(context));
        if (risk != null && summarisesRisk(text, analysis, context)) {
            risk = null;
        }
        List<String> topics = topics(vocabulary, analysis, traineeText);
        List<String> adviceTopics = new ArrayList<>();
        for (LabelledSentence s : analysis.sentences()) {
            if (s.skill().isAdvice()) {
                vocabulary.topicsAskedIn(s.text()).forEach(t -> {
                    if (!adviceTopics.contains(t)) {
                        adviceTopics.add(t);
                    }
                });
            }
        }
        Intent intent = intent(text, analysis, risk);
        boolean fits = intent != Intent.REFLECTION || reflectionFits(context, analysis);
        List<String> people = List.copyOf(vocabulary.peopleAskedIn(withoutExcluded(traineeText)));
        return new Understanding(intent, topics, people, risk, adviceTopics, fits);
    }

    private static Intent intent(String text, Analysis analysis, RiskQuestion risk) {
        if (risk != null) {
            return Intent.RISK_QUESTION;
        }
        boolean asks = text.contains("?") || analysis.has(Skill.OPEN_QUESTION) || analysis.has(Skill.CLOSED_QUESTION);
        if (CLOSING.matcher(OBLIGED_CARE.matcher(text).replaceAll(" ")).find() && (!asks || text.contains("anything else"))) {
            return Intent.CLOSING;
        }
        if (CLARIFY.matcher(text).find()) {
            return Intent.CLARIFY;
        }
        if (analysis.has(Skill.OPEN_QUESTION) || analysis.has(Skill.CLOSED_QUESTION)) {
            return Intent.QUESTION;
        }
        if (analysis.reflects()) {
            return Intent.REFLECTION;
        }
        if (analysis.sentences().stream().anyMatch(s -> s.skill().isAdvice() || s.skill() == Skill.INFORMATION)) {
            return Intent.ADVICE;
        }
        if (analysis.has(Skill.AFFIRMATION)) {
            return Intent.SUPPORT;
        }
        if (GREETING.matcher(text).find()) {
            return Intent.GREETING;
        }
        return Intent.OTHER;
    }

    /** Whether {@code text} asks about suicide itself, as the client reads a question (not a follow-up). */
    public static boolean asksAboutSuicide(String text) {
        return riskQuestion(PhraseSet.normalise(text), false) == RiskQuestion.IDEATION;
    }

    static RiskQuestion riskQuestion(String text, boolean riskTalk) {
        if (SELF_HARM.matcher(text).find()) {
            return RiskQuestion.SELF_HARM;
        }
        boolean ideation = asksAboutIdeation(text);
        if (riskTalk || ideation) {
            // What is asked is in the question: "…every day, until it isn't… Have you had thoughts like that?" asks about suicide, not how often.
            String asked = asked(text);
            if (PLAN.matcher(asked).find()) {
                return RiskQuestion.PLAN;
            }
            if (FREQUENCY.matcher(asked).find()) {
                return RiskQuestion.FREQUENCY;
            }
            if (WHO_KNOWS.matcher(asked).find()) {
                return RiskQuestion.WHO_KNOWS;
            }
            if (REASONS.matcher(asked).find()) {
                return RiskQuestion.REASONS;
            }
        }
        if (ideation) {
            return RiskQuestion.IDEATION;
        }
        // "it sounds like work has stopped feeling safe" reflects; "are you safe?" asks.
        if (SAFETY.matcher(text).find() && (text.contains("?") || text.contains("you safe"))) {
            return RiskQuestion.SAFETY;
        }
        return null;
    }

    /**
     * Whether the message asks about thoughts of suicide: in its question, or in the sentence the question points
     * back to ("…thoughts of ending their life. Have you had thoughts like that?"). A summary that says back a
     * denial ("so no thoughts of ending your life, but…") and then asks something else is not the question again.
     */
    private static boolean asksAboutIdeation(String text) {
        List<String> sentences = Sentences.split(text);
        if (sentences.stream().noneMatch(s -> s.contains("?"))) {
            return IDEATION.matcher(text).find();
        }
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            if (!s.contains("?")) {
                continue;
            }
            if (IDEATION.matcher(s).find() && !SAYS_BACK_A_DENIAL.matcher(s).find()) {
                return true;
            }
            String before = i == 0 ? "" : sentences.get(i - 1);
            if (IDEATION.matcher(before).find() && !SAYS_BACK_A_DENIAL.matcher(before).find()
                    && POINTS_BACK.matcher(s).find()) {
                return true;
            }
        }
        return false;
    }

    /** The sentences that ask something, or the whole message when none has a question mark. */
    private static String asked(String text) {
        List<String> questions = Sentences.split(text).stream().filter(s -> s.contains("?")).toList();
        return questions.isEmpty() ? text : String.join(" ", questions);
    }

    /**
     * A reflection without a question that says back risk the trainee has already asked about ("so the
     * thoughts of suicide come after a shift"): the client hears a summary, not the question again.
     */
    private static boolean summarisesRisk(String text, Analysis analysis, AnalysisContext context) {
        return !text.contains("?") && analysis.reflects() && context.transcript().stream()
                .anyMatch(e -> e.speaker() == TranscriptEntry.Speaker.TRAINEE
                        && riskQuestion(PhraseSet.normalise(e.text()), false) != null);
    }

    /**
     * The trainee asked about risk in one of the last few turns. Follow-ups keep the talk going ("how
     * often?", "have you thought about how?", "what keeps you going?" after the direct question), so a
     * safety conversation of several turns stays one.
     */
    private static boolean riskTalkGoingOn(AnalysisContext context) {
        int lastRiskTurn = Integer.MIN_VALUE / 2;
        for (TranscriptEntry e : context.transcript()) {
            boolean going = e.turn() - lastRiskTurn < RISK_TALK_TURNS;
            if (e.speaker() == TranscriptEntry.Speaker.TRAINEE
                    && riskQuestion(PhraseSet.normalise(e.text()), going) != null) {
                lastRiskTurn = e.turn();
            }
        }
        return context.turn() - lastRiskTurn < RISK_TALK_TURNS;
    }

    /** Topics of the questions first, then of the rest, each once. */
    private static List<String> topics(StoryVocabulary vocabulary, Analysis analysis, String text) {
        Set<String> ordered = new LinkedHashSet<>();
        List<String> sentences = analysis.sentences().isEmpty() ? List.of(text)
                : analysis.sentences().stream().map(LabelledSentence::text).toList();
        for (String s : sentences) {
            if (s.contains("?")) {
                ordered.addAll(vocabulary.topicsAskedIn(withoutExcluded(s)));
            }
        }
        for (String s : sentences) {
            ordered.addAll(vocabulary.topicsAskedIn(withoutExcluded(s)));
        }
        return List.copyOf(ordered);
    }

    private static String withoutExcluded(String text) {
        return EXCLUDED.matcher(text).replaceAll(" ");
    }

    /**
     * Whether a reflection says back something the client has said: shared content words with their
     * recent lines, or (with the embedding) close enough in meaning. Generous, because a correction
     * of a fair reflection would teach the wrong lesson.
     */
    private boolean reflectionFits(AnalysisContext context, Analysis analysis) {
        String reflection = String.join(" ", analysis.sentences().stream().filter(s -> s.skill().isReflection())
                .map(LabelledSentence::text).toList());
        List<String> recent = new ArrayList<>();
        recent.add(context.clientText());
        recent.add(context.scenario().presentingProblem());
        for (int i = 0; i < Math.min(context.facts().disclosedLayers(), context.scenario().layers().size()); i++) {
            recent.add(context.scenario().layer(i).gist());
        }
        List<TranscriptEntry> transcript = context.transcript();
        int lines = 0;
        for (int i = transcript.size() - 1; i >= 0 && lines < 4; i--) {
            if (transcript.get(i).speaker() == TranscriptEntry.Speaker.CLIENT) {
                recent.add(transcript.get(i).text());
                lines++;
            }
        }
        Set<String> said = new LinkedHashSet<>();
        recent.forEach(r -> said.addAll(Sentences.contentWords(r)));
        Set<String> words = Sentences.contentWords(reflection);
        if (words.isEmpty() || words.stream().anyMatch(said::contains)) {
            return true;
        }
        if (embedder == null) {
            return words.size() <= 2;
        }
        float[] r = embedder.embed(reflection);
        return recent.stream().anyMatch(line -> Embedder.cosine(r, embedder.embed(line)) >= FITS_AT);
    }
}
