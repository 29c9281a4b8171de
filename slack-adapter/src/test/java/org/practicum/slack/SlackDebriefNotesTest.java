package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionStatus;
import org.practicum.core.storage.Json;

/**
 * The private debrief notes each member of a Slack group session receives, through Bolt against the
 * loopback Web API (which refuses blocks over Block Kit's limits, as Slack does): nothing is cut off
 * however many flags there are, and someone who wrote no reply is told they observed.
 */
class SlackDebriefNotesTest extends RunningSlackApp {

    static final String FACILITATOR = "UFAC";
    static final String ROBIN = "UROBIN";
    static final String KIM = "UKIM";
    static final String LEE = "ULEE";
    static final String ADVICE = "You should make a revision timetable.";
    static final String REFLECTION = "It sounds like a lot is resting on these exams.";

    @Override
    SlackSettings settings() {
        return SlackHarness.settings(slack, Optional.empty(), List.of(FACILITATOR));
    }

    @Test
    void a_members_notes_longer_than_a_section_arrive_whole_and_in_order_in_blocks_slack_accepts() throws Exception {
        // given: Robin and Kim take turns giving long advice, each reply far longer than a section
        String card = groupSession(ROBIN, KIM);
        for (int turn = 1; turn <= 6 && !ended(card); turn++) {
            practicum.say(turn % 2 == 1 ? ROBIN : KIM, card, longAdvice(turn));
            awaitAnswered(card, turn);
        }

        // when
        if (!ended(card)) {
            practicum.click(FACILITATOR, card, ActionIds.END, "");
        }

        // then: each reads every flag exactly once, their own first, in sections no longer than Slack allows
        notes(ROBIN); // the press is handled on the session's queue: ending here first would race it
        Debrief debrief = practicum.engine.debriefs().end(session(card).id());
        for (String member : List.of(ROBIN, KIM)) {
            Debrief.MemberFlags expected = debrief.forMember(member);
            assertFalse(expected.own().isEmpty(), member + "'s advice was flagged");
            List<String> sections = notes(member);
            assertTrue(sections.size() > 2, "the notes take several sections: " + sections.size());
            sections.forEach(s -> assertTrue(s.length() <= 3000, "a section of " + s.length() + " characters"));
            String read = words(String.join(" ", sections));
            int at = -1;
            List<Debrief.DebriefFlag> inOrder = new ArrayList<>(expected.own());
            inOrder.addAll(expected.others());
            for (Debrief.DebriefFlag flag : inOrder) {
                String quote = words("“" + Mrkdwn.escape(flag.quote()) + "”");
                int first = read.indexOf(quote);
                assertTrue(first > at, "turn " + flag.turn() + "'s flag after the one before it");
                assertEquals(first, read.lastIndexOf(quote), "turn " + flag.turn() + "'s flag only once");
                at = first;
            }
        }
        assertEquals(List.of(), slack.calls("chat.postEphemeral").stream()
                .filter(c -> c.param("_error").equals("invalid_blocks")).map(c -> c.param("text")).toList(),
                "Slack refused no private message");
    }

    @Test
    void a_member_who_wrote_no_reply_is_told_they_observed_and_one_whose_replies_raised_no_flag_is_told_so()
            throws Exception {
        // given: Robin gives advice, Kim reflects, Lee joined but never replied
        String card = groupSession(ROBIN, KIM, LEE);
        practicum.say(ROBIN, card, ADVICE);
        practicum.awaitClientLine(card, 2);
        practicum.say(KIM, card, REFLECTION);
        practicum.awaitClientLine(card, 3);

        // when
        practicum.click(FACILITATOR, card, ActionIds.END, "");

        // then
        String lees = String.join("\n", notes(LEE));
        String kims = String.join("\n", notes(KIM));
        assertTrue(lees.contains("You observed this session; here is what was flagged on the group's replies."), lees);
        assertFalse(lees.contains("your replies"), lees);
        assertTrue(lees.contains(Mrkdwn.mention(ROBIN) + " wrote “" + Mrkdwn.escape(ADVICE) + "”"), lees);
        assertTrue(kims.contains("Nothing was flagged on your replies."), kims);
        assertFalse(kims.contains("observed"), kims);
    }

    /** The facilitator's group session, which {@code members} join; returns its thread once the client opened. */
    private String groupSession(String... members) throws Exception {
        String card = practicum.startSession(FACILITATOR, SlackHarness.SCENARIO + " group");
        practicum.awaitClientLine(card, 1);
        for (String member : members) {
            practicum.click(member, card, ActionIds.JOIN, "");
        }
        slack.awaitThat("everyone joined", () -> session(card).roster().size() == members.length);
        return card;
    }

    /** One long sentence of advice, unlike any other turn's, with a word in bold as a person might type it. */
    private static String longAdvice(int turn) {
        StringBuilder s = new StringBuilder("You should make a revision timetable for week " + turn);
        for (int i = 0; s.length() < 3600; i++) {
            s.append(i % 40 == 7 ? " and *really* keep to it" : " and then revise topic " + turn + "-" + i);
        }
        return s.append('.').toString();
    }

    /** Waits until the client answered {@code turn} replies, or left. */
    private void awaitAnswered(String card, int turn) {
        slack.awaitThat("the client answered turn " + turn,
                () -> practicum.clientLines(card).size() > turn || ended(card));
    }

    private boolean ended(String card) {
        return session(card).status() == SessionStatus.ENDED;
    }

    private Session session(String card) {
        return practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + card).orElseThrow();
    }

    /** The section texts of the private debrief notes sent to {@code user}, in the order they were sent. */
    private List<String> notes(String user) throws Exception {
        slack.await("chat.postEphemeral", c -> c.param("user").equals(user)
                && SlackHarness.isFeedback(c));
        FakeSlackApi.settle();
        List<String> sections = new ArrayList<>();
        for (FakeSlackApi.Call c : slack.calls("chat.postEphemeral")) {
            if (c.param("user").equals(user) && SlackHarness.isFeedback(c)) {
                for (JsonNode block : Json.mapper().readTree(c.param("blocks"))) {
                    sections.add(block.path("text").path("text").asText());
                }
            }
        }
        return sections;
    }

    /** Text as a reader takes it in: words, whatever the line or block breaks between them. */
    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
