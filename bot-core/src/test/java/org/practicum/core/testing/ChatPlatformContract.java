package org.practicum.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.testing.PlatformUnderTest.Member.FACILITATOR;
import static org.practicum.core.testing.PlatformUnderTest.Member.REVIEWER;
import static org.practicum.core.testing.PlatformUnderTest.Member.SECOND_TRAINEE;
import static org.practicum.core.testing.PlatformUnderTest.Member.STRANGER;
import static org.practicum.core.testing.PlatformUnderTest.Member.TRAINEE;
import static org.practicum.core.testing.TextAssertions.assertInOrder;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practicum.core.analysis.Flag;
import org.practicum.core.presentation.FlagNote;
import org.practicum.core.presentation.MemberFeedback;
import org.practicum.core.review.ReplyJudgement;
import org.practicum.core.review.Review;
import org.practicum.core.review.Verdict;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.session.TurnRecord;

/**
 * The rules every chat platform implements alike, written once: who may drive a session, the group
 * turn rule, coaching only ever for the person who replied, who may review (a verdict per flag, a flag
 * the tool missed) and what reaches the trainee, and the debrief's private part. Each platform's test suite extends this with its wire fake ({@link #start}), as LangChain4j's
 * provider suites do; what only one platform does stays in that platform's own tests.
 */
public abstract class ChatPlatformContract {

    protected static final String ADVICE = "You should make a revision timetable.";
    protected static final String MINIMISING = "It's not that bad, everyone gets stressed about exams.";
    protected static final String REFLECTION = "It sounds like a lot is resting on these exams.";

    @TempDir
    protected Path dir;
    protected PlatformUnderTest platform;

    /** The platform running against its fake, on a database in {@code dir}; closed after each test. */
    protected abstract PlatformUnderTest start(Path dir) throws Exception;

    @BeforeEach
    void startPlatform() throws Exception {
        platform = start(dir);
    }

    @AfterEach
    void stopPlatform() throws Exception {
        platform.close();
    }

    @Test
    void in_a_private_session_only_its_trainee_is_answered_and_only_they_can_end_it() throws Exception {
        // given
        String thread = platform.startPrivate(TRAINEE);

        // when: a stranger writes and tries to end it, then the trainee writes
        platform.say(STRANGER, thread, "Hi, what's going on for you?");
        platform.end(STRANGER, thread);
        platform.settle();
        platform.say(TRAINEE, thread, REFLECTION);
        platform.awaitTurn(thread, 1);

        // then
        Session session = platform.session(thread);
        assertNotEquals(SessionStatus.ENDED, session.status());
        assertEquals(List.of(platform.id(TRAINEE)), authors(session));
    }

    @Test
    void in_a_group_session_nobody_replies_twice_in_a_row_and_someone_who_did_not_join_is_ignored() throws Exception {
        // given: two trainees of the cohort joined the facilitator's group session
        String thread = groupOfTwo();

        // when: the first replies twice, the stranger writes, then the second replies
        platform.say(TRAINEE, thread, REFLECTION);
        platform.awaitTurn(thread, 1);
        platform.say(TRAINEE, thread, "What has that been like for you?");
        platform.say(STRANGER, thread, "Hi, what's going on for you?");
        platform.settle();
        platform.say(SECOND_TRAINEE, thread, "That sounds exhausting.");
        platform.awaitTurn(thread, 2);

        // then
        assertEquals(List.of(platform.id(TRAINEE), platform.id(SECOND_TRAINEE)), authors(platform.session(thread)));
    }

    @Test
    void the_coaching_after_a_reply_is_shown_to_the_person_who_replied_and_to_nobody_else() throws Exception {
        // given
        String thread = platform.startPrivate(TRAINEE);

        // when
        platform.say(TRAINEE, thread, ADVICE);
        platform.awaitTurn(thread, 1);

        // then
        TurnRecord turn = platform.session(thread).lastActive().orElseThrow();
        Flag flag = turn.analysis().flags().get(0);
        String idea = turn.suggestions().items().get(0).text();
        String trainees = platform.coaching(TRAINEE, thread);
        assertTrue(trainees.contains(flag.why()) && trainees.contains(idea), trainees);
        String strangers = platform.coaching(STRANGER, thread);
        assertFalse(strangers.contains(flag.why()) || strangers.contains(idea), strangers);
        for (String post : platform.publicPosts(thread)) {
            assertFalse(post.contains(flag.why()) || post.contains(idea), post);
        }
    }

    @Test
    void in_a_cohorts_group_session_a_stranger_pressing_join_is_told_why_privately_and_a_trainee_joins()
            throws Exception {
        // given
        platform.cohort(List.of(TRAINEE), List.of());
        String thread = platform.startGroup();

        // when
        String refusal = platform.join(STRANGER, thread);
        platform.join(TRAINEE, thread);
        platform.settle();
        platform.say(STRANGER, thread, "Hi, what's going on for you?");
        platform.settle();
        platform.say(TRAINEE, thread, REFLECTION);
        platform.awaitTurn(thread, 1);

        // then
        assertEquals("This group session is for Spring's trainees; ask a facilitator to enrol you.", refusal);
        Session session = platform.session(thread);
        assertEquals(List.of(platform.id(TRAINEE)), session.roster().stream().map(Participant::id).toList());
        assertEquals(List.of(platform.id(TRAINEE)), authors(session));
        for (String post : platform.publicPosts(thread)) {
            assertFalse(post.contains(refusal), post);
        }
    }

    @Test
    void only_the_cohorts_reviewer_reviews_a_reply_judging_each_flag_apart_and_the_trainee_alone_reads_it_by_direct_message()
            throws Exception {
        // given: the cohort's trainee minimised and gave advice too soon in one reply, and ended the session
        platform.cohort(List.of(TRAINEE), List.of(REVIEWER));
        String thread = platform.startPrivate(TRAINEE);
        String reply = platform.say(TRAINEE, thread, MINIMISING + " " + ADVICE);
        platform.awaitTurn(thread, 1);
        platform.end(TRAINEE, thread);
        platform.settle();
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        verdicts.put("premature_advice", Verdict.AGREE);
        verdicts.put("minimising", Verdict.DISAGREE);

        // when: a stranger tries; the reviewer agrees with one flag, disagrees with the other, adds a missed one
        String refused = platform.review(STRANGER, thread, reply, new ReplyJudgement("Sneaky note.", Map.of(), "", ""));
        platform.review(REVIEWER, thread, reply, new ReplyJudgement("Ask what she has tried before suggesting anything.",
                verdicts, "judging", "Sounds dismissive."));
        platform.finishReview(REVIEWER, thread, "Warm, but slow down before advice.");

        // then
        assertTrue(refused.contains("Only this cohort's reviewers"), refused);
        String dm = String.join("\n", platform.directMessages(TRAINEE, 1));
        assertTrue(dm.contains("you wrote: “" + MINIMISING + " " + ADVICE + "”"), dm);
        assertTrue(dm.contains("Ask what she has tried before suggesting anything."), dm);
        assertTrue(dm.contains("Turn 1, flag “premature advice”: the reviewer agrees"), dm);
        assertTrue(dm.contains("Turn 1, flag “minimising”: the reviewer disagrees"), dm);
        assertTrue(dm.contains("Turn 1: the reviewer adds a flag the automatic feedback missed, “judging” — "
                + "Sounds dismissive."), dm);
        assertTrue(dm.contains("Warm, but slow down before advice."), dm);
        assertFalse(dm.contains("Sneaky"), dm);
        assertEquals(List.of(), platform.directMessages(STRANGER, 0));
        Review review = platform.programme().reviews().review(platform.session(thread).id(),
                new Participant(platform.id(TRAINEE), "trainee")).orElseThrow();
        String reviewer = platform.id(REVIEWER);
        assertEquals(Review.Status.DONE, review.status());
        assertEquals(Set.of(new Review.FlagVerdict(1, "premature_advice", reviewer, Verdict.AGREE),
                new Review.FlagVerdict(1, "minimising", reviewer, Verdict.DISAGREE)), Set.copyOf(review.verdicts()));
        assertEquals(List.of(new Review.MissedFlag(1, "judging", reviewer, "Sounds dismissive.")), review.missed());
    }

    @Test
    void after_a_group_session_each_member_reads_the_flags_on_their_own_replies_first_and_the_facilitator_observed()
            throws Exception {
        // given: one trainee gives advice too soon, the other minimises, and the facilitator ends it
        String thread = groupOfTwo();
        takeTurns(thread, ADVICE, MINIMISING);
        platform.end(FACILITATOR, thread);

        // when
        String first = platform.privateFeedback(TRAINEE, thread);
        String second = platform.privateFeedback(SECOND_TRAINEE, thread);
        String facilitator = platform.privateFeedback(FACILITATOR, thread);

        // then
        assertInOrder(first, MemberFeedback.YOUR_REPLIES, "“" + ADVICE + "”", MemberFeedback.REST_OF_GROUP,
                platform.shownName(SECOND_TRAINEE) + " wrote “" + MINIMISING + "”");
        assertInOrder(second, MemberFeedback.YOUR_REPLIES, "“" + MINIMISING + "”", MemberFeedback.REST_OF_GROUP,
                platform.shownName(TRAINEE) + " wrote “" + ADVICE + "”");
        assertInOrder(facilitator, MemberFeedback.OBSERVED, platform.shownName(TRAINEE) + " wrote “" + ADVICE + "”");
        assertFalse(facilitator.contains(FlagNote.YOU + " wrote"), facilitator);
        for (String post : platform.publicPosts(thread)) {
            assertFalse(post.contains(" wrote “"), post);
        }
    }

    @Test
    void a_member_whose_reply_raised_no_flag_is_told_so_above_the_flags_on_the_rest_of_the_groups() throws Exception {
        // given: one trainee gives advice too soon, the other reflects
        String thread = groupOfTwo();
        takeTurns(thread, ADVICE, REFLECTION);

        // when
        platform.end(FACILITATOR, thread);
        String second = platform.privateFeedback(SECOND_TRAINEE, thread);

        // then
        assertInOrder(second, MemberFeedback.YOUR_REPLIES, MemberFeedback.NOTHING_ON_YOURS,
                MemberFeedback.REST_OF_GROUP, platform.shownName(TRAINEE) + " wrote “" + ADVICE + "”");
        assertFalse(second.contains("observed"), second);
    }

    /** The facilitator's group session for the cohort, which both trainees joined; returns its thread. */
    private String groupOfTwo() throws Exception {
        platform.cohort(List.of(TRAINEE, SECOND_TRAINEE), List.of());
        String thread = platform.startGroup();
        platform.join(TRAINEE, thread);
        platform.join(SECOND_TRAINEE, thread);
        platform.settle();
        return thread;
    }

    /** The first trainee replies, then the second, each answered by the client. */
    private void takeTurns(String thread, String first, String second) throws Exception {
        platform.say(TRAINEE, thread, first);
        platform.awaitTurn(thread, 1);
        platform.say(SECOND_TRAINEE, thread, second);
        platform.awaitTurn(thread, 2);
    }

    private static List<String> authors(Session session) {
        return session.activeTurns().stream().filter(t -> t.traineeText() != null).map(TurnRecord::author).toList();
    }
}
