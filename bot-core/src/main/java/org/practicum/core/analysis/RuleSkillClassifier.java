package org.practicum.core.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Helping-skill labels from surface patterns: the first, transparent baseline, and the fallback
 * when no trained head is available.
 */
public final class RuleSkillClassifier implements SkillClassifier {

    static final Pattern PERMISSION = Pattern.compile(
            "\\b(if you('re| are) open to it|if you want|if you'd like|would you be open to|would it help if|"
                    + "would it be (ok|okay|alright) if i|one idea, if|can i (suggest|share|offer)|"
                    + "would you like (some|an?) (idea|suggestion|thought))");
    static final Pattern ADVICE = Pattern.compile(
            "^(maybe |perhaps |i think |honestly |just |so |well |ok |okay )*(you should(?! be proud)|you could|you need to|"
                    + "you have to|you must|you might want to|you might try|try |trying |have you tried|why don't you|"
                    + "why not|what if you|it might help to|it would help to|it'd help to|consider|make sure|"
                    + "i('d| would) (suggest|recommend)|i suggest|i recommend|my advice|go |get |take |talk to|tell (?!me\\b)|"
                    + "call |see a|reach out|stop |don't (?!worry\\b)|do (?!you\\b)|focus on|write |set |exercise|sleep more|"
                    + "it's time to|you ought to|the best thing)");
    private static final Pattern OPEN_Q = Pattern.compile(
            "^(and |so |but |ok |okay )?(what|how|why|tell me|describe|in what way|could you tell|can you tell|"
                    + "can you say|could you say|would you tell|would you say more|say more|i wonder what|"
                    + "i'm wondering (what|how)|where|which part|what's|whats|how's|hows|when you say)");
    private static final Pattern CLOSED_Q = Pattern.compile(
            "^(and |so |but |ok |okay )?(do|does|did|are|is|was|were|have|has|had|can|could|would|will|should|"
                    + "shall|any|anyone|anything|am|isn't|aren't|don't|didn't|won't|is it|was it|right)\\b");
    private static final Pattern WH_WORD = Pattern.compile("\\b(what|how|why|which)\\b");
    private static final Pattern REFLECTION = Pattern.compile(
            "^(and |so |ok |okay |yeah |hmm,? |wow,? )?(that sounds|this sounds|it sounds like|sounds like|it sounds as|sounds as|it seems|"
                    + "seems like|it feels like|you feel|you're feeling|you are feeling|you've been|you have been|"
                    + "you're|you are|you sound|you seem|so you|i hear|i'm hearing|what i'm hearing|i get the sense|"
                    + "it must|that must|part of you|you don't|you can't|you want|you wish|you really|you miss|"
                    + "you care|you just|you kind of)");
    private static final Pattern FEELING = Pattern.compile(
            "\\b(scared|afraid|frightened|alone|lonely|overwhelmed|exhausted|drained|worn|hurt|ashamed|guilty|"
                    + "angry|furious|frustrated|sad|heartbroken|worried|anxious|trapped|hopeless|lost|stuck|heavy|"
                    + "burden|invisible|numb|empty|unseen|let down|letting .* down|abandoned|betrayed|humiliated|"
                    + "embarrassed|torn|pressure|grief|grieving|miss|resent|resentful|relieved|helpless|worthless|exhausting|"
                    + "painful|hard|tough|frightening|scary|overwhelming|heartbreaking|upsetting|awful|"
                    + "like a failure|not good enough|part of you|at the same time|and yet|but also|even though)\\b");
    private static final Pattern AFFIRMATION = Pattern.compile(
            "\\b(that took courage|took a lot|it makes sense|makes sense|that's understandable|"
                    + "understandable|you're doing|it's okay to|it's ok to|thank you for (sharing|telling|trusting)|"
                    + "thanks for (sharing|telling|trusting)|i'm glad you|you did the right|it's not your fault|you matter|"
                    + "that's a lot|that is a lot|it's completely normal|it's normal to|you're not alone|anyone would|"
                    + "anyone in your (position|shoes|situation)|of course you|that's really hard|that is really hard|that sounds (really )?(hard|tough|painful)|"
                    + "you've been carrying|you clearly care|you're stronger|well done|proud of you|brave)");
    private static final Pattern INFORMATION = Pattern.compile(
            "\\b(research|studies|study shows|it's common|it is common|a lot of people|many people|most people|"
                    + "there are (services|resources|helplines|groups)|the number|helpline|hotline|is available|"
                    + "counselling service|counseling service|usually|typically|it's known)");
    private static final Pattern SELF_DISCLOSURE = Pattern.compile(
            "^(honestly |yeah |and )?(i had|i have had|i've had|i went through|i remember|i used to|i know how|i felt|"
                    + "i was|when i|me too|same here|my (mum|mom|dad|father|mother|friend|brother|sister|ex|partner|"
                    + "grandma|grandad|grandfather|grandmother|boss|job|wife|husband)|i also|i've been there|"
                    + "i've felt|i went|that happened to me|i know exactly)");

    /** "You're welcome", "that sounds great": courtesy and verdicts that share a reflection's opening words. */
    private static final Pattern NOT_A_REFLECTION = Pattern.compile(
            "^(oh,? |and |so |ok,? |okay,? |well,? )?((you're|you are|your) (very |so |most |quite |more than )?welcome"
                    + "|(that|this|it)? ?sounds (like )?(a )?(good|great|nice|lovely|wonderful|amazing|fun|exciting|"
                    + "positive|perfect|fine|plan|good idea|great idea|brilliant|awesome|cool)\\b)");

    private static final Pattern MIRRORING = Pattern.compile("^(and |so |ok |okay |yeah )?(it sounds like|"
            + "sounds like|it seems|seems like|it feels like|you feel|you're feeling|part of you|i hear|i'm hearing|"
            + "what i'm hearing|i get the sense)");

    /** Advice by surface form: an imperative or "you should", or a question that is really a suggestion. */
    static boolean looksLikeAdvice(String sentence) {
        String s = sentence.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (s.endsWith("?")) {
            return ADVICE_QUESTION.matcher(s).find();
        }
        var permission = PERMISSION_PREFIX.matcher(s);
        String rest = permission.find() ? s.substring(permission.end()) : s;
        return ADVICE.matcher(rest).find() && !REFLECTION.matcher(rest).find();
    }

    /** Whether a sentence mirrors the client ("it sounds like you…"), so its words are the client's, not the trainee's. */
    static boolean mirrors(String sentence) {
        return MIRRORING.matcher(sentence.strip().toLowerCase(Locale.ROOT).replace('’', '\'')).find();
    }

    /** Advice dressed as a question: "have you tried…?", "why don't you…?". */
    private static final Pattern ADVICE_QUESTION = Pattern.compile("^(maybe |so |well |but )?(have you tried|"
            + "why don't you|why not|what if you|could you try|can you try|have you thought about|"
            + "have you considered|wouldn't it be better|maybe you could|you could|you should|shouldn't you)");
    private static final Pattern PERMISSION_PREFIX = Pattern.compile("^(if you('re| are) open to it|if you want|"
            + "if you'd like|if it helps|one idea, if you'd like)[,;:]?\\s*");

    @Override
    public SkillPrediction classify(String sentence, String previousClientMessage) {
        String s = sentence.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        boolean question = s.endsWith("?");
        var permission = PERMISSION_PREFIX.matcher(s);
        if (permission.find() && ADVICE.matcher(s.substring(permission.end())).find()) {
            return new SkillPrediction(Skill.ADVICE_WITH_PERMISSION, 0.8);
        }
        if (question) {
            if (ADVICE_QUESTION.matcher(s).find()) {
                return new SkillPrediction(PERMISSION.matcher(s).find()
                        ? Skill.ADVICE_WITH_PERMISSION : Skill.ADVICE_WITHOUT_PERMISSION, 0.7);
            }
            if (OPEN_Q.matcher(s).find()) {
                return new SkillPrediction(Skill.OPEN_QUESTION, 0.8);
            }
            if (!CLOSED_Q.matcher(s).find() && WH_WORD.matcher(s).find()) {
                return new SkillPrediction(Skill.OPEN_QUESTION, 0.6);
            }
            return new SkillPrediction(Skill.CLOSED_QUESTION, CLOSED_Q.matcher(s).find() ? 0.8 : 0.6);
        }
        if (ADVICE.matcher(s).find() && !REFLECTION.matcher(s).find()) {
            return new SkillPrediction(PERMISSION.matcher(s).find()
                    ? Skill.ADVICE_WITH_PERMISSION : Skill.ADVICE_WITHOUT_PERMISSION, 0.8);
        }
        if (OPEN_Q.matcher(s).find() && s.length() < 200 && s.startsWith("tell me")) {
            return new SkillPrediction(Skill.OPEN_QUESTION, 0.7);
        }
        if (SELF_DISCLOSURE.matcher(s).find()) {
            return new SkillPrediction(Skill.SELF_DISCLOSURE, 0.7);
        }
        if (AFFIRMATION.matcher(s).find()) {
            return new SkillPrediction(Skill.AFFIRMATION, 0.7);
        }
        if (REFLECTION.matcher(s).find() && !NOT_A_REFLECTION.matcher(s).find()) {
            return new SkillPrediction(FEELING.matcher(s).find()
                    ? Skill.COMPLEX_REFLECTION : Skill.SIMPLE_REFLECTION, 0.7);
        }
        if (INFORMATION.matcher(s).find()) {
            return new SkillPrediction(Skill.INFORMATION, 0.6);
        }
        return new SkillPrediction(Skill.OTHER, 0.5);
    }
}
