package org.practicum.core.report;

import java.util.List;
import java.util.Map;
import org.practicum.core.session.Participant;

/**
 * The end-of-session feedback: what the trainee did, where it went wrong with their own words quoted
 * and a better alternative, how they used the suggestions, and how the client's trust and emotion moved.
 * Ratios are null when their denominator is zero.
 *
 * @param repliedBy  ids of the participants who wrote at least one of the replies counted, in order of their
 *                   first reply; in a group session, whoever is not here only observed
 * @param chart      path of the PNG chart, empty when none was drawn
 * @param modelUsage model calls, tokens and latency when a model served the session, else null
 * @param review     what went well and the risk line
 */
public record Debrief(String sessionId, String scenarioId, String scenarioTitle, int turns,
                      Map<String, Integer> skillCounts, int reflections, int questions, int openQuestions,
                      int closedQuestions, Double reflectionToQuestion, Double openToClosed,
                      Double complexReflectionShare, List<DebriefFlag> flags, List<String> repliedBy,
                      UptakeSummary uptake, List<Double> trust, List<EmotionPoint> emotions, int layersDisclosed,
                      int layersTotal, boolean coreReached, int retries, String chart, ModelUsage modelUsage,
                      PracticeReview review) {

    public Debrief {
        repliedBy = List.copyOf(repliedBy);
        review = review == null ? PracticeReview.NONE : review;
    }

    /** A debrief of an offline session. */
    public Debrief(String sessionId, String scenarioId, String scenarioTitle, int turns,
                   Map<String, Integer> skillCounts, int reflections, int questions, int openQuestions,
                   int closedQuestions, Double reflectionToQuestion, Double openToClosed,
                   Double complexReflectionShare, List<DebriefFlag> flags, List<String> repliedBy,
                   UptakeSummary uptake, List<Double> trust, List<EmotionPoint> emotions, int layersDisclosed,
                   int layersTotal, boolean coreReached, int retries, String chart) {
        this(sessionId, scenarioId, scenarioTitle, turns, skillCounts, reflections, questions, openQuestions,
                closedQuestions, reflectionToQuestion, openToClosed, complexReflectionShare, flags, repliedBy, uptake,
                trust, emotions, layersDisclosed, layersTotal, coreReached, retries, chart, null, null);
    }

    /**
     * One flag in the debrief, at the turn where it happened, on the reply {@code author} wrote.
     *
     * @param retried whether that reply was taken back and written again: its flag is still something to
     *                learn from, but it is not part of the conversation the figures count
     */
    public record DebriefFlag(int turn, String kind, String quote, String why, String better, Participant author,
                              boolean retried) {
    }

    /**
     * The flags as one member of the session reads them: those on their own replies, then those on
     * everyone else's (none in a private session), each in turn order.
     *
     * @param replied whether the member wrote any reply; one who did not (a group's facilitator, a member
     *                who only watched) observed, so "nothing was flagged on your replies" would mislead them
     */
    public record MemberFlags(List<DebriefFlag> own, List<DebriefFlag> others, boolean replied,
                              PracticeReview review) {
        public MemberFlags {
            own = List.copyOf(own);
            others = List.copyOf(others);
            replied = replied || !own.isEmpty();
            review = review == null ? PracticeReview.NONE : review;
        }

        public MemberFlags(List<DebriefFlag> own, List<DebriefFlag> others, boolean replied) {
            this(own, others, replied, PracticeReview.NONE);
        }

        public boolean isEmpty() {
            return own.isEmpty() && others.isEmpty();
        }
    }

    /** The flags split for one member (a participant id): in a group session, their own turns come first. */
    public MemberFlags forMember(String memberId) {
        return new MemberFlags(flags.stream().filter(f -> f.author().id().equals(memberId)).toList(),
                flags.stream().filter(f -> !f.author().id().equals(memberId)).toList(), repliedBy.contains(memberId),
                review);
    }

    /** How many replies used, edited or ignored a suggestion. */
    public record UptakeSummary(int used, int edited, int ignored) {
    }

    /**
     * The client's emotion at one turn.
     *
     * @param trend how it moved since the client's previous message ({@link org.practicum.core.emotion.Trend#id()})
     */
    public record EmotionPoint(int turn, String category, double valence, double arousal, double intensity,
                               String trend) {

        public EmotionPoint(int turn, String category, double valence, double arousal, double intensity) {
            this(turn, category, valence, arousal, intensity, "same");
        }
    }

    public Debrief withChart(String path) {
        return new Debrief(sessionId, scenarioId, scenarioTitle, turns, skillCounts, reflections, questions,
                openQuestions, closedQuestions, reflectionToQuestion, openToClosed, complexReflectionShare, flags,
                repliedBy, uptake, trust, emotions, layersDisclosed, layersTotal, coreReached, retries, path,
                modelUsage, review);
    }

    public Debrief withModelUsage(ModelUsage usage) {
        return new Debrief(sessionId, scenarioId, scenarioTitle, turns, skillCounts, reflections, questions,
                openQuestions, closedQuestions, reflectionToQuestion, openToClosed, complexReflectionShare, flags,
                repliedBy, uptake, trust, emotions, layersDisclosed, layersTotal, coreReached, retries, chart, usage,
                review);
    }
}
