package org.practicum.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.practicum.core.conversation.TranscriptEntry;
import org.practicum.core.cue.CueKind;
import org.practicum.core.cue.DistressCue;
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
            + "plans? to|thought about how you)"
            // The burden thought asked about as a question: "do you ever think they'd be better off without you?"
            + "|\\b(do|does|did|have|has|are|is) (you|that|it|they)\\b[^.!?]*better off (without you|if you "
            + "(weren'?t|were not|wasn'?t) (here|around))[^.!]*\\?");
    /** A goodbye wish ("take care"), perhaps with the client's name, reads as an imperative but gives no advice. */
    private static final Pattern CLOSING_WISH = Pattern.compile("^(ok(ay)?,? )?(take care|look after yourself|"
            + "good luck|all the best|bye|goodbye|see you|speak soon)( of yourself)?( now| then)?(,? [a-z]+)?"
            + "( (with|for|on|in) (the|your|it|that)( \\w+){0,2})?"
            + "( and (don'?t be a stranger|keep in touch|speak soon|see you soon|good luck))?[.!]*$");
    /** "Talk me through a normal day": an invitation to say more, shaped like an imperative. */
    private static final Pattern INVITES_TALK = Pattern.compile("^(so,? |okay,? |ok,? )?((talk|walk|take) me through|tell me "
            + "(about|more|what|how|a bit))\\b");
    /** "Don't be sorry!": courtesy shaped like an imperative. */
    private static final Pattern NO_NEED_TO_APOLOGISE = Pattern.compile("^(oh,? |no,? |hey,? )*(please )?(don'?t be sorry|"
            + "no need to (be sorry|apologi[sz]e)|(don'?t|never) apologi[sz]e)( for (that|it|anything))?[.!]*$");
    /** "Take your time": giving the client time, courtesy shaped like an imperative. */
    private static final Pattern GIVES_TIME = Pattern.compile("^(oh,? |and |so )?(take (all )?(your|the) time"
            + "( you need)?|(there'?s )?no (rush|hurry)( at all)?|whenever you'?re ready|(at|in) your own (pace|time))"
            + "(,? [a-z]+)?[.!]*$");
    /** Suggestion shapes inside a sentence the skill labels miss: "…, and you can get your bank to block it". */
    private static final Pattern SUGGESTS = Pattern.compile("(^|, |; |and |so )((maybe |but )?(how|what) about "
            + "(\\w+ing|a|an|some)\\b|^(can|could) you (ask|get|try|talk to|speak to|call|ring|take|book|go to)\\b|"
            + "you can (always )?(get|ask|call|ring|"
            + "contact|apply|book|try|use|go to|look into|sign up|join|download|speak to)|(it )?(might|could|may|would) be "
            + "(nice|worth|good|helpful|an idea|a good idea) to|(it )?(might|could|may) help to|(lots of|many|some) people "
            + "find it (helpful|useful|comforting|helps) to|are you aware of|"
            // A suggestion posed as a question: "Have you looked into respite?", "Can't you just go part time?".
            + "^have you (looked into|considered|thought about \\w+ing|tried \\w+ing|checked out|downloaded|joined|signed up)|"
            + "^(so |but |well,? )?(can'?t|couldn'?t) you just|"
            // A referral or a check posed as a question: "Have you spoken to your GP?", "Have you checked what you're entitled to?".
            + "^(so |but |well,? )?have you (spoken|talked|been|gone|reached out) to (your|a|an|the) (gp|doctor|counsell?or|"
            + "therapist|hr|union|bank|manager|tutor|teacher|school|uni|housing|council|citizens advice|occupational health)\\b|"
            + "^(so |but |well,? )?have you (checked|looked at) (what|whether|if|into)\\b|^have you got (proper|decent|a good|good|any good)\\b|"
            + "^(so |but |well,? )?why (don'?t you|not) (just )?\\w+|"
            // "You really need to look after yourself more": an obligation, however softened or stressed.
            + "\\byou (really |just |honestly |seriously |definitely |probably |do )(need|have|ought|must)( to)? "
            + "(?!be (heard|listened)|feel)\\w+|"
            // "Maybe sit down with him": an imperative softened by maybe.
            + "^(maybe|perhaps) (just )?(?!you|i|we|it|that|this|she|he|they|there|not|so|because)[a-z]+ (with|to|down|up|"
            + "out|a|an|the|some|your|him|her|them|it))\\b"
            // "One thing that really helps is…", "a holiday might do you good": a suggestion told as a fact.
            + "|\\b(one thing|something|what) (that )?(really |often |usually )?(helps|works|can help|might help)( me)? is\\b"
            + "|^(the )?(best|only|first) thing (to do )?(is|would be) (to )?\\w+"
            // More tips in a row: "a running club is great too, or a book group".
            + "|^(a|an|some) [a-z' ]{2,30} (is|are|can be) (great|brilliant|good|fab|fun|lovely|worth (a go|a try|trying|a look))( too| as well)?,? or\\b"
            + "|\\b(might|would|could|will) do you (good|the world of good|a world of good)\\b"
            // A recommendation told as testimony: "blackout blinds changed everything for me".
            + "|\\b(changed everything|changed my life|worked wonders|did wonders|was a (game[- ]?changer|lifesaver)) for me\\b");
    /** A sentence about the trainee's own earlier advice ("sorry, I jumped to a suggestion") is a repair, not advice. */
    private static final Pattern ABOUT_OWN_ADVICE = Pattern.compile("\\b(i('m| am| was)? (sorry|went|jumped|rushed|"
            + "got ahead|shouldn'?t have)|i'?m (not here to|doing it too)|sorry)\\b.*\\b(advice|suggestion|solution|"
            + "fix|tell(ing)? you what to do|ideas?)\\b|\\b(advice|suggestions?) (instead|rather) of");
    /** A crisis line offered as a safety net ("you can ring Samaritans on 116 123"), good practice once risk is talked about. */
    private static final Pattern CRISIS_LINE = Pattern.compile("\\b(samaritans|116 ?123|crisis (line|team)|helpline|999|111|"
            + "a ?& ?e|shout on|text shout|85258)\\b");

    /** The client telling something of their own life, which a change of subject walks away from. */
    private static final Pattern TELLS_OWN = Pattern.compile("\\b(i|i'm|i've|i'd|me|my|nobody|no one)\\b");

    /** The client asking for ideas: advice that answers is invited. */
    private static final Pattern ASKS_FOR_IDEAS = Pattern.compile("\\b(any (ideas|advice|tips|suggestions)|"
            + "what (should|could|can) i (do|try)|what would you (do|suggest)|how do (people|i) (deal|cope|handle|start)|"
            + "where do i (even )?start|do you (have|know) (any|what)|can you (suggest|recommend)|"
            + "what do (people|you) (do|suggest))\\b");
    /** "That sounds frightening": a feeling named back, whatever the skill head makes of its length. */
    private static final Pattern NAMES_A_FEELING = Pattern.compile("\\b(sounds|must be|must have been|seems) "
            + "(so |really |very |absolutely |pretty |incredibly )?\\w+");
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

    private final SkillClassifier skills;
    private final AdviceDetector advice;
    private final double adviceThreshold;
    private final Embedder embedder;
    private final CueAcknowledgement acknowledgement;
    private final MoveDetector moves;

    /**
     * @param embedder optional (null): adds meaning-level matching of a reply against a cue
     * @param moves optional (null): a trained head whose minimising, judging, self-focus and brushing-off
     *     readings are added to the rules'
     */
    public RuleResponseAnalyzer(SkillClassifier skills, AdviceDetector advice, double adviceThreshold,
                                Embedder embedder, MoveDetector moves) {
        this.skills = skills;
        this.advice = advice;
        this.adviceThreshold = adviceThreshold;
        this.embedder = embedder;
        this.acknowledgement = new CueAcknowledgement(embedder);
        this.moves = moves;
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
        boolean inStory = false;
        for (String sentence : parts) {
            SkillPrediction p = skills.classify(sentence, previous);
            Skill skill = p.skill();
            if (mayBeAdvice(skill, sentence) && advice.adviceScore(sentence) >= adviceThreshold
                    || !skill.isAdvice() && SUGGESTS.matcher(Text.lower(sentence)).find()) {
                skill = RuleSkillClassifier.PERMISSION.matcher(sentence.toLowerCase(Locale.ROOT)).find()
                        ? Skill.ADVICE_WITH_PERMISSION : Skill.ADVICE_WITHOUT_PERMISSION;
            }
            if (skill.isAdvice() && (notAdvice(sentence) || saysBack(sentence, previous))) {
                skill = sentence.strip().endsWith("?") ? Skill.CLOSED_QUESTION : Skill.OTHER;
            }
            boolean story = SelfFocusReader.tellsOwnStory(sentence)
                    || inStory && SelfFocusReader.continuesStory(sentence);
            if (skill.isAdvice() && story) {
                skill = Skill.SELF_DISCLOSURE;
            }
            inStory = story;
            sentences.add(new LabelledSentence(sentence, skill, p.confidence()));
        }
        String lower = Text.lower(traineeText);
        boolean asksAboutRisk = ASKS_ABOUT_RISK.matcher(lower).find();
        HeadMoves head = HeadMoves.read(moves, sentences, previous, RuleResponseAnalyzer::goodPractice);
        Optional<String> minimising = MinimisingReader.in(sentences, previous,
                context.clientCues().stream().anyMatch(c -> !c.watchOut())).or(() -> head.of(Move.MINIMISING));
        // Reassurance over a cue brushes it away, whatever words of the cue it repeats.
        boolean acknowledges = minimising.isEmpty() && head.of(Move.BRUSHES_OFF_CUE).isEmpty()
                && acknowledgement.acknowledges(context.clientCues(), traineeText, asksAboutRisk, sentences);
        List<Flag> flags = flags(context, sentences, minimising, acknowledges, head);
        return new Analysis(sentences, flags, acknowledges, asksAboutRisk, "");
    }

    /** A direct risk question, a reflection, a repair, giving time or "don't be sorry": no head reads a fault in it. */
    private static boolean goodPractice(LabelledSentence sentence) {
        String lower = Text.lower(sentence.text().strip());
        return sentence.skill().isReflection() || ASKS_ABOUT_RISK.matcher(lower).find()
                || ABOUT_OWN_ADVICE.matcher(lower).find() || GIVES_TIME.matcher(lower).matches()
                || NO_NEED_TO_APOLOGISE.matcher(lower).matches();
    }

    /** The head's advice score may relabel a sentence only where no surer reading says what it is. */
    private static boolean mayBeAdvice(Skill skill, String sentence) {
        return switch (skill) {
            case OTHER, INFORMATION -> !NAMES_A_FEELING.matcher(Text.lower(sentence)).find();
            default -> false;
        };
    }

    /**
     * The missed cue comes first: brushing a cue away is the most serious thing a reply can do. Judging and
     * minimising are read outside reflections ("you feel you should have…" mirrors, not judges); a sentence
     * that minimises ("don't let them get to you") is not also advice.
     */
    private List<Flag> flags(AnalysisContext context, List<LabelledSentence> sentences, Optional<String> minimising,
                             boolean acknowledges, HeadMoves head) {
        List<Flag> flags = new ArrayList<>();
        ConversationFacts facts = context.facts();
        // A watch-out sign is faulted for small talk past it; a reply already flagged for minimising, judging or
        // self-focus has its fault named by that flag.
        boolean highRisk = context.clientCues().stream().anyMatch(c -> !c.watchOut());
        Optional<String> judging = JudgingReader.in(sentences, context.clientText()).or(() -> head.of(Move.JUDGING));
        boolean selfFocus = SelfFocusReader.in(sentences) || head.selfFocus();
        boolean otherFault = minimising.isPresent() || judging.isPresent() || selfFocus;
        // "Anyway, …" walks away from what the client told, whatever else the reply does.
        boolean changesSubject = CueAcknowledgement.changesSubject(quoteOf(sentences));
        Optional<String> toldOwn = changesSubject && context.clientCues().isEmpty()
                ? Sentences.split(context.clientText()).stream()
                        .filter(s -> TELLS_OWN.matcher(Text.lower(s)).find()).findFirst()
                : Optional.empty();
        toldOwn.ifPresent(told -> flags.add(new Flag(FlagKind.MISSED_DISTRESS_CUE, quoteOf(sentences),
                "The client told you \"" + told.strip() + "\", and your reply changed the subject.",
                BetterAlternatives.stayWith(told))));
        if (!context.clientCues().isEmpty() && !acknowledges && (highRisk || !otherFault || changesSubject)) {
            DistressCue cue = context.clientCues().stream().filter(c -> !c.watchOut()).findFirst()
                    .orElse(context.clientCues().get(0));
            flags.add(new Flag(FlagKind.MISSED_DISTRESS_CUE, minimising.orElse(quoteOf(sentences)),
                    "The client said \"" + cue.quote() + "\", a sign of " + cue.kind().description()
                            + (minimising.isPresent() ? ", and your reply reassured it away instead of exploring it."
                            : ", and your reply did not acknowledge it."),
                    BetterAlternatives.forMissedCue(cue)));
        }
        adviceFlag(context, sentences, minimising).ifPresent(flags::add);
        minimising.ifPresent(s -> flags.add(new Flag(FlagKind.MINIMISING, s,
                "This makes the problem smaller than it feels to the client, which can leave them feeling unheard.",
                BetterAlternatives.forMinimising())));
        judging.ifPresent(s -> flags.add(new Flag(FlagKind.JUDGING, s,
                "This judges the client's choices; people stop sharing when they feel judged.",
                BetterAlternatives.forJudging())));
        long closedHere = Analysis.yesNoQuestions(sentences);
        boolean onlyClosed = closedHere > 0
                && sentences.stream().noneMatch(s -> s.skill().isReflection() || s.skill() == Skill.OPEN_QUESTION);
        // Counted in questions, as a supervisor counts them: "Do you sleep ok? Do you eat ok?" is two.
        if (onlyClosed && facts.closedQuestionStreak() + closedHere >= 3) {
            flags.add(new Flag(FlagKind.CLOSED_QUESTION_STREAK, quoteOf(sentences),
                    "Three or more yes/no questions in a row: it starts to feel like an interview, and the client "
                            + "answers shortly instead of opening up.",
                    BetterAlternatives.forClosedQuestions()));
        }
        if (selfFocus) {
            flags.add(new Flag(FlagKind.SELF_FOCUS, quoteOf(sentences),
                    "The reply turns the attention to your own experience rather than the client's.",
                    BetterAlternatives.forSelfFocus()));
        }
        return flags;
    }

    /**
     * Advice the client did not ask for, quoting the advice sentence itself. Before the core concern is
     * explored any advice is premature; after it, advice without asking first still earns the gentler flag.
     */
    private static Optional<Flag> adviceFlag(AnalysisContext context, List<LabelledSentence> sentences,
                                             Optional<String> minimising) {
        if (ASKS_FOR_IDEAS.matcher(Text.lower(context.clientText())).find()) {
            return Optional.empty();
        }
        boolean explored = context.facts().coreDisclosed() && context.facts().reflections() > 0;
        boolean riskTalked = context.clientCues().stream().anyMatch(c -> c.kind() == CueKind.IDEATION)
                || context.transcript().stream().anyMatch(e -> e.speaker() == TranscriptEntry.Speaker.TRAINEE
                && ASKS_ABOUT_RISK.matcher(Text.lower(e.text())).find());
        // Reflecting and then asking permission is the move the flag teaches, not a fault.
        boolean reflectsFirst = sentences.stream().anyMatch(s -> s.skill().isReflection());
        return sentences.stream()
                .filter(s -> s.skill() == Skill.ADVICE_WITHOUT_PERMISSION
                        || s.skill() == Skill.ADVICE_WITH_PERMISSION && !explored && !reflectsFirst)
                .filter(s -> !MinimisingReader.brushesOff(s.text()) && !JudgingReader.judges(s.text()))
                .filter(s -> !(riskTalked && CRISIS_LINE.matcher(Text.lower(s.text())).find()))
                .findFirst()
                .map(s -> new Flag(FlagKind.PREMATURE_ADVICE, s.text(),
                        explored ? "Advice without asking first: check they want ideas before offering them."
                                : "Advice before the client's main concern and feelings have been explored "
                                + "and reflected; clients tend to withdraw when solutions come this early.",
                        BetterAlternatives.forPrematureAdvice()));
    }

    private static String quoteOf(List<LabelledSentence> sentences) {
        String all = String.join(" ", sentences.stream().map(LabelledSentence::text).toList());
        return all.length() <= 200 ? all : all.substring(0, 197) + "...";
    }

    /**
     * A question about risk (a plan question reads as "have you thought about…"), a goodbye wish, "don't be
     * sorry", giving the client time, an apology for earlier advice, a welcome or a wh-question.
     */
    /**
     * "Just one person you could text for a coffee" after "I just need like one person up here. Someone I could text
     * to get a coffee": the client's own idea said back in their words is a reflection, not the trainee's advice.
     */
    private static boolean saysBack(String sentence, String clientText) {
        if (clientText == null || clientText.isBlank()) {
            return false;
        }
        Set<String> said = Sentences.contentWords(sentence);
        Set<String> theirs = Sentences.contentWords(clientText);
        long shared = said.stream().filter(theirs::contains).count();
        return said.size() >= 3 && shared * 4 >= said.size() * 3;
    }

    private static boolean notAdvice(String sentence) {
        String lower = Text.lower(sentence.strip());
        return ASKS_ABOUT_RISK.matcher(lower).find() || CLOSING_WISH.matcher(lower).matches()
                || NO_NEED_TO_APOLOGISE.matcher(lower).matches() || INVITES_TALK.matcher(lower).find() || GIVES_TIME.matcher(lower).matches()
                || ABOUT_OWN_ADVICE.matcher(lower).find()
                || WELCOME.matcher(lower).find() || ASKS.matcher(lower).find();
    }
}
