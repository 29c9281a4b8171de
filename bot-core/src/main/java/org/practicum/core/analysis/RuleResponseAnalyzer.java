package org.practicum.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.practicum.core.cue.DistressCue;
import org.practicum.core.cue.LexiconCueDetector;
import org.practicum.core.text.Embedder;
import org.practicum.core.text.Sentences;

/**
 * The offline analyser: a skill per sentence from a {@link SkillClassifier}, advice from an
 * {@link AdviceDetector}, and the six flags by the working definitions in domain.md.
 */
public final class RuleResponseAnalyzer implements ResponseAnalyzer {

    private static final Pattern ASKS_ABOUT_RISK = Pattern.compile("\\b(suicid\\w*|kill(ing)? yourself|"
            + "end(ing)? (your|it) (life|all)|take your (own )?life|hurt(ing)? yourself|harm(ing)? yourself|"
            + "thoughts? (of|about) (dying|death|not|ending|suicide|hurting)|want(ing)? to die|be here anymore|"
            + "not (want|wanting) to (be here|live|wake)|are you safe|keep(ing)? yourself safe|feel safe|"
            + "not being here|not wake up|disappear|how you (would|might|could) do it|(made|make|have|got) (a|any) "
            + "plans? to|thought about how you)");
    /** A goodbye wish ("take care"), perhaps with the client's name, reads as an imperative but gives no advice. */
    private static final Pattern CLOSING_WISH = Pattern.compile("^(ok(ay)?,? )?(take care|look after yourself|"
            + "good luck|all the best|bye|goodbye|see you|speak soon)( of yourself)?( now| then)?(,? [a-z]+)?[.!]*$");
    /** A welcome that tells the client they may talk here ("this is the right place") suggests nothing. */
    private static final Pattern WELCOME = Pattern.compile("\\b((this|it|here)('s| is) (exactly |definitely |absolutely )?"
            + "the (right )?place|you('re| are) (in )?(exactly |definitely )?the right place|you('re| are) (very )?"
            + "welcome( here)?|(it's|it is) (absolutely |totally |completely )?(fine|ok(ay)?|alright) to (say|talk|"
            + "share|bring)|of course (it's|it is) (ok(ay)?|fine|alright)|you don'?t (need|have) to know what to say)");
    /**
     * A question asking who, what, when, where or how (not "how about", "what if you", "why don't you")
     * asks; it proposes nothing.
     */
    private static final Pattern ASKS = Pattern.compile("^(who|what|when|where|which|how)\\b(?! about)(?!.*\\b(if you|"
            + "about trying|you should|don'?t you|not try)\\b).*\\?$");
    private static final Pattern MINIMISING = Pattern.compile("\\b(it'?s not that bad|not that bad|could be worse|"
            + "at least you|at least it|everyone goes through|everybody goes through|don'?t worry|you'?ll be fine|"
            + "you'?ll be ok|cheer up|look on the bright side|everything happens for a reason|it'?s just a|"
            + "it'?s only a|no big deal|not a big deal|get over it|move on|plenty more fish|happens to everyone|"
            + "you'?re overthinking|stop overthinking|it will all work out|it'?ll all work out|others have it worse|"
            + "worse things|try to stay positive|just be positive|good vibes|"
            // False reassurance and talking a feeling away: "I'm sure it'll blow over", "don't be silly".
            + "i'?m sure (it'?ll|it will|things will|everything will|that'?s|he'?s|she'?s|they'?re)|"
            + "(it'?ll|it will|things will) (all )?(blow over|be fine|be ok(ay)?|look (a lot )?brighter)|"
            + "don'?t be (silly|daft)|you'?re not a burden|everyone feels (like )?that|"
            + "(doesn'?t|does not) sound (too|that|so) bad|probably (just|only) |coping (really |so )?well considering)");
    private static final Pattern JUDGING = Pattern.compile("\\b(you should have|you shouldn'?t have|why would you|"
            + "why did you|that'?s your fault|your own fault|that was (stupid|dumb|silly|wrong)|you'?re overreacting|"
            + "overreacting|what were you thinking|that'?s wrong of you|you brought (this|it) on|you'?re being "
            + "(dramatic|silly|selfish|ridiculous)|that'?s selfish|you need to grow up|man up|toughen up|"
            + "that'?s ridiculous|you'?re too sensitive)");
    private static final Pattern SELF_FOCUS_OPENERS = Pattern.compile("^(i know exactly how you feel|"
            + "that reminds me of (when|my)|same thing happened to me|i went through (the same|that)|"
            + "i had the same|let me tell you about)");

    private final SkillClassifier skills;
    private final AdviceDetector advice;
    private final double adviceThreshold;
    private final Embedder embedder;

    /** @param embedder optional (null): adds meaning-level matching of a reply against a cue */
    public RuleResponseAnalyzer(SkillClassifier skills, AdviceDetector advice, double adviceThreshold,
                                Embedder embedder) {
        this.skills = skills;
        this.advice = advice;
        this.adviceThreshold = adviceThreshold;
        this.embedder = embedder;
    }

    @Override
    public Analysis analyze(AnalysisContext context, String traineeText) {
        String previous = context.clientText();
        List<String> parts = Sentences.split(traineeText);
        if (embedder != null && parts.size() > 1) {
            // One parallel batch now; every later look-up of these sentences is a cache hit.
            embedder.embedAll(parts);
        }
        List<LabelledSentence> sentences = new ArrayList<>();
        for (String sentence : parts) {
            SkillPrediction p = skills.classify(sentence, previous);
            Skill skill = p.skill();
            if (!skill.isAdvice() && !skill.isReflection() && advice.adviceScore(sentence) >= adviceThreshold) {
                skill = RuleSkillClassifier.PERMISSION.matcher(sentence.toLowerCase(Locale.ROOT)).find()
                        ? Skill.ADVICE_WITH_PERMISSION : Skill.ADVICE_WITHOUT_PERMISSION;
            }
            if (skill.isAdvice() && notAdvice(sentence)) {
                skill = sentence.strip().endsWith("?") ? Skill.CLOSED_QUESTION : Skill.OTHER;
            }
            sentences.add(new LabelledSentence(sentence, skill, p.confidence()));
        }
        String lower = traineeText.toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean asksAboutRisk = ASKS_ABOUT_RISK.matcher(lower).find();
        boolean acknowledges = acknowledgesCue(context, traineeText, lower, asksAboutRisk, sentences);
        List<Flag> flags = flags(context, sentences, lower, acknowledges);
        return new Analysis(sentences, flags, acknowledges, asksAboutRisk, "");
    }

    /** Judging and minimising are read outside reflections: "you feel you should have…" mirrors, not judges. */
    private List<Flag> flags(AnalysisContext context, List<LabelledSentence> sentences, String lower,
                             boolean acknowledges) {
        List<Flag> flags = new ArrayList<>();
        ConversationFacts facts = context.facts();
        if (!context.clientCues().isEmpty() && !acknowledges) {
            DistressCue cue = context.clientCues().get(0);
            flags.add(new Flag(FlagKind.MISSED_DISTRESS_CUE, quoteOf(sentences),
                    "The client said \"" + cue.quote() + "\", a sign of " + cue.kind().description()
                            + ", and your reply did not acknowledge it.",
                    BetterAlternatives.forMissedCue(cue)));
        }
        boolean explored = facts.coreDisclosed() && facts.reflections() > 0;
        sentences.stream()
                .filter(s -> s.skill() == Skill.ADVICE_WITHOUT_PERMISSION
                        || s.skill() == Skill.ADVICE_WITH_PERMISSION && !explored)
                .findFirst()
                .filter(s -> !explored || s.skill() == Skill.ADVICE_WITHOUT_PERMISSION && facts.reflections() < 2)
                .ifPresent(s -> flags.add(new Flag(FlagKind.PREMATURE_ADVICE, s.text(),
                        explored ? "Advice without asking first: check they want ideas before offering them."
                                : "Advice before the client's main concern and feelings have been explored "
                                + "and reflected; clients tend to withdraw when solutions come this early.",
                        BetterAlternatives.forPrematureAdvice())));
        List<LabelledSentence> notReflections = sentences.stream()
                .filter(s -> !RuleSkillClassifier.mirrors(s.text())).toList();
        firstMatch(notReflections, MINIMISING).ifPresent(s -> flags.add(new Flag(FlagKind.MINIMISING, s,
                "This makes the problem smaller than it feels to the client, which can leave them feeling unheard.",
                BetterAlternatives.forMinimising())));
        firstMatch(notReflections, JUDGING).ifPresent(s -> flags.add(new Flag(FlagKind.JUDGING, s,
                "This judges the client's choices; people stop sharing when they feel judged.",
                BetterAlternatives.forJudging())));
        boolean onlyClosed = !sentences.isEmpty()
                && sentences.stream().anyMatch(s -> s.skill() == Skill.CLOSED_QUESTION)
                && sentences.stream().noneMatch(s -> s.skill().isReflection() || s.skill() == Skill.OPEN_QUESTION
                || s.skill() == Skill.AFFIRMATION);
        if (onlyClosed && facts.closedQuestionStreak() >= 2) {
            flags.add(new Flag(FlagKind.CLOSED_QUESTION_STREAK, quoteOf(sentences),
                    "Three replies in a row of yes/no questions: it starts to feel like an interview, and the client "
                            + "answers shortly instead of opening up.",
                    BetterAlternatives.forClosedQuestions()));
        }
        if (isSelfFocused(sentences, lower)) {
            flags.add(new Flag(FlagKind.SELF_FOCUS, quoteOf(sentences),
                    "The reply turns the attention to your own experience rather than the client's.",
                    BetterAlternatives.forSelfFocus()));
        }
        return flags;
    }

    private boolean acknowledgesCue(AnalysisContext context, String text, String lower, boolean asksAboutRisk,
                                    List<LabelledSentence> sentences) {
        if (context.clientCues().isEmpty()) {
            return false;
        }
        if (asksAboutRisk) {
            return true;
        }
        for (DistressCue cue : context.clientCues()) {
            if (LexiconCueDetector.mentions(cue.kind(), lower)) {
                return true;
            }
            Set<String> cueWords = Sentences.contentWords(cue.quote());
            boolean engages = sentences.stream().anyMatch(s -> s.skill().isReflection() || s.skill().isQuestion());
            if (engages && Sentences.contentWords(text).stream().anyMatch(cueWords::contains)) {
                return true;
            }
            if (engages && embedder != null
                    && Embedder.cosine(embedder.embed(text), embedder.embed(cue.quote())) >= 0.55) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSelfFocused(List<LabelledSentence> sentences, String lower) {
        if (SELF_FOCUS_OPENERS.matcher(lower.strip()).find()) {
            return true;
        }
        long self = sentences.stream().filter(s -> s.skill() == Skill.SELF_DISCLOSURE).count();
        return self >= 2 && self * 2 > sentences.size();
    }

    private static java.util.Optional<String> firstMatch(List<LabelledSentence> sentences, Pattern pattern) {
        return sentences.stream().map(LabelledSentence::text)
                .filter(s -> pattern.matcher(s.toLowerCase(Locale.ROOT).replace('’', '\'')).find())
                .findFirst();
    }

    private static String quoteOf(List<LabelledSentence> sentences) {
        String all = String.join(" ", sentences.stream().map(LabelledSentence::text).toList());
        return all.length() <= 200 ? all : all.substring(0, 197) + "...";
    }

    /** A question about risk (a plan question reads as "have you thought about…"), a goodbye wish, a welcome or a wh-question. */
    private static boolean notAdvice(String sentence) {
        String lower = sentence.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        return ASKS_ABOUT_RISK.matcher(lower).find() || CLOSING_WISH.matcher(lower).matches()
                || WELCOME.matcher(lower).find() || ASKS.matcher(lower).find();
    }
}
