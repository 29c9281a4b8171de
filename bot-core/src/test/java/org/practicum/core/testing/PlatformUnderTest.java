package org.practicum.core.testing;

import java.util.List;
import org.practicum.core.programme.Programme;
import org.practicum.core.review.ReplyJudgement;
import org.practicum.core.session.Session;

/**
 * One chat platform running for a {@link ChatPlatformContract} test: a real engine, the platform's
 * adapter with its real SDK, and the platform's loopback wire fake. Each method does what a person
 * does there (a slash command, a button, a message in the thread) and reads back what the fake saw.
 *
 * <p>A thread is the platform's own handle for a session's conversation (a Discord thread id, a Slack
 * card's ts). Methods that act wait until the platform has answered, unless they say otherwise.
 */
public interface PlatformUnderTest extends AutoCloseable {

    /** The people of a contract test; each platform gives them its own ids and names. */
    enum Member {
        /** Runs group sessions and the cohort. */
        FACILITATOR,
        /** The cohort's expert reviewer. */
        REVIEWER,
        TRAINEE,
        SECOND_TRAINEE,
        /** In no cohort and no session. */
        STRANGER
    }

    /** The member's user id on this platform. */
    String id(Member member);

    /** How this platform's feedback names the member as a reply's writer ("Kim", a Slack mention). */
    String shownName(Member member);

    /** A cohort called "Spring", created by the facilitator, with these trainees and reviewers enrolled. */
    void cohort(List<Member> trainees, List<Member> reviewers) throws Exception;

    /** {@code trainee} starts a private session of exam-stress; returns its thread once the opening is in. */
    String startPrivate(Member trainee) throws Exception;

    /** The facilitator starts a group session of exam-stress; returns its thread once the opening is in. */
    String startGroup() throws Exception;

    /** {@code member} presses Join; returns what they alone were told ("" when nothing). */
    String join(Member member, String thread) throws Exception;

    /** {@code member} writes in the thread, without waiting for an answer; returns the message's id. */
    String say(Member member, String thread, String text) throws Exception;

    /** Waits until the client has answered turn {@code turn} in the thread (or the session ended). */
    void awaitTurn(String thread, int turn) throws Exception;

    /** Waits until nothing more is on its way (the platform's queued work is done). */
    void settle() throws Exception;

    /**
     * The coaching {@code member} can read after the client's newest message, as they would see it
     * ("" when they are shown none): on Discord behind its button, on Slack the panel sent to them.
     */
    String coaching(Member member, String thread) throws Exception;

    /** {@code member} ends the session as the platform lets them (a command or the End button). */
    void end(Member member, String thread) throws Exception;

    /** The debrief's private part {@code member} can read once the session ended, all of it, in order. */
    String privateFeedback(Member member, String thread) throws Exception;

    /** Everything the bot posted where everyone who can read the thread sees it (thread and channel). */
    List<String> publicPosts(String thread);

    /**
     * {@code member} asks to review the reply {@code message} and, if offered the form, fills it in as
     * {@code judgement} says (the note, a choice per flag it names, a missed flag) and saves it; returns
     * what they alone were told.
     */
    String review(Member member, String thread, String message, ReplyJudgement judgement) throws Exception;

    /** {@code member} finishes the review of the thread's session with a summary for the trainee. */
    void finishReview(Member member, String thread, String summary) throws Exception;

    /** The direct messages the app sent {@code member}, waiting for at least {@code atLeast}. */
    List<String> directMessages(Member member, int atLeast) throws Exception;

    /** The session of a thread, as stored. */
    Session session(String thread);

    Programme programme();
}
