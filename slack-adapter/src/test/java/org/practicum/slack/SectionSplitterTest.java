package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.SectionBlock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practicum.core.presentation.MemberFeedback;
import org.practicum.core.report.Debrief;
import org.practicum.core.session.Participant;

/** Cutting mrkdwn into Block Kit sections and messages without losing or breaking anything. */
class SectionSplitterTest {

    @Test
    void entries_that_fit_share_a_section_and_one_that_does_not_starts_the_next() {
        List<String> sections = SectionSplitter.sections(List.of("a".repeat(10), "b".repeat(10), "c".repeat(15)), 30);

        assertEquals(List.of("a".repeat(10) + "\n" + "b".repeat(10), "c".repeat(15)), sections);
    }

    @Test
    void an_entry_longer_than_a_section_is_cut_between_its_lines() {
        String entry = "• *Turn 1*: “" + "x".repeat(20) + "”\n    why it matters\n    _Could be:_ better";

        List<String> sections = SectionSplitter.sections(List.of(entry), 41);

        assertEquals(List.of("• *Turn 1*: “" + "x".repeat(20) + "”", "    why it matters\n    _Could be:_ better"),
                sections);
    }

    @Test
    void a_line_longer_than_a_section_is_cut_between_words_and_never_inside_bold_italic_code_or_a_mention() {
        String line = "one two *three four five* six _seven eight nine_ ten `eleven twelve` <@U1|robin smith> end";

        List<String> pieces = SectionSplitter.cutLine(line, 18);

        assertEquals(List.of("one two", "*three four five*", "six", "_seven eight nine_", "ten", "`eleven twelve`",
                "<@U1|robin smith>", "end"), pieces);
        pieces.forEach(p -> assertTrue(p.length() <= 18, p));
    }

    @Test
    void a_lone_asterisk_someone_typed_does_not_stop_the_line_being_cut_between_words() {
        String line = "rate it 5 *out of ten or so and then some more words";

        List<String> pieces = SectionSplitter.cutLine(line, 20);

        assertEquals(line, String.join(" ", pieces));
        pieces.forEach(p -> assertTrue(p.length() <= 20, p));
    }

    @Test
    void a_gap_before_a_heading_is_kept_inside_a_section_and_dropped_at_the_top_of_one() {
        List<String> together = SectionSplitter.sections(List.of("first", "\n*Heading*"), 100);
        List<String> apart = SectionSplitter.sections(List.of("f".repeat(95), "\n*Heading*"), 100);

        assertEquals(List.of("first\n\n*Heading*"), together);
        assertEquals(List.of("f".repeat(95), "*Heading*"), apart);
    }

    @Test
    void notes_with_more_sections_than_one_message_holds_go_on_in_further_messages_with_every_flag_once_in_order() {
        // given: 120 flags of about 1,500 characters each, far more than 50 sections of 3,000
        Participant robin = new Participant("UROBIN", "Robin");
        List<Debrief.DebriefFlag> flags = new ArrayList<>();
        for (int turn = 1; turn <= 120; turn++) {
            flags.add(new Debrief.DebriefFlag(turn, "premature_advice", "Advice number " + turn + " "
                    + "word ".repeat(290).strip() + ".", "Too soon.", "Reflect first.", robin, false));
        }

        // when
        List<SlackMessage> messages = DebriefMessage.feedback(MemberFeedback.of(
                new Debrief.MemberFlags(flags, List.of(), true)));

        // then
        assertTrue(messages.size() > 1, "several messages: " + messages.size());
        assertEquals("Your feedback (120), part 1 of " + messages.size(), messages.get(0).text());
        StringBuilder read = new StringBuilder();
        for (SlackMessage message : messages) {
            assertTrue(message.blocks().size() <= 50, message.blocks().size() + " blocks");
            for (var block : message.blocks()) {
                String text = ((SectionBlock) block).getText().getText();
                assertTrue(text.length() <= 3000, text.length() + " characters");
                read.append(text).append('\n');
            }
        }
        int at = -1;
        for (Debrief.DebriefFlag flag : flags) {
            String quote = "“" + flag.quote() + "”";
            int found = read.indexOf(quote);
            assertTrue(found > at, "turn " + flag.turn() + " after the one before it");
            assertEquals(found, read.lastIndexOf(quote), "turn " + flag.turn() + " once");
            at = found;
        }
    }
}
