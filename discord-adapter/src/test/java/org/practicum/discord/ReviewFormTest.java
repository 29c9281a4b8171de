package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.review.ReplyUnderReview;
import org.practicum.core.review.Verdict;
import org.practicum.core.storage.Json;

/** Discord's form holds five fields: a reply with many flags gets its form in two openings, none refused. */
class ReviewFormTest {

    private static final List<FlagKind> THREE = List.of(FlagKind.PREMATURE_ADVICE, FlagKind.MINIMISING,
            FlagKind.JUDGING);
    private static final List<FlagKind> ALL = List.of(FlagKind.values());

    @Test
    void a_reply_with_two_flags_gets_every_field_at_once() {
        ReviewForm.Layout layout = ReviewForm.layout(reply(THREE.subList(0, 2), Map.of()));

        assertEquals(THREE.subList(0, 2), layout.flags());
        assertEquals(List.of(ReviewForm.Field.values()), layout.fields());
        assertFalse(layout.leavesOut());
    }

    @Test
    void a_reply_with_three_flags_shows_the_flags_first_then_the_note_and_missed_flag_once_they_are_judged() {
        ReviewForm.Layout first = ReviewForm.layout(reply(THREE, Map.of()));
        ReviewForm.Layout second = ReviewForm.layout(reply(THREE, judged(THREE)));

        assertEquals(THREE, first.flags());
        assertEquals(List.of(ReviewForm.Field.NOTE, ReviewForm.Field.MISSED), first.fields());
        assertEquals(List.of(ReviewForm.Field.values()), second.fields());
        assertTrue(first.leavesOut() && second.leavesOut());
    }

    @Test
    void every_form_discord_is_sent_fits_its_limits_even_with_every_kind_of_flag_raised() throws Exception {
        for (ReplyUnderReview reply : List.of(reply(THREE, Map.of()), reply(THREE, judged(THREE)),
                reply(ALL, Map.of()), reply(ALL, judged(ALL)), reply(List.of(), Map.of()))) {
            DataObject modal = ReviewForm.of(reply, "200000000000000777").toData();
            String problems = FakeDiscord.formProblems(Json.mapper().readTree(
                    DataObject.empty().put("type", 9).put("data", modal).toString()));
            assertEquals("", problems, reply.raised() + " judged " + reply.verdicts().keySet());
        }
    }

    private static Map<FlagKind, Verdict> judged(List<FlagKind> kinds) {
        return kinds.stream().collect(Collectors.toMap(Function.identity(), k -> Verdict.AGREE));
    }

    private static ReplyUnderReview reply(List<FlagKind> raised, Map<FlagKind, Verdict> verdicts) {
        List<FlagKind> missable = Arrays.stream(FlagKind.values()).filter(k -> !raised.contains(k)).toList();
        return new ReplyUnderReview("s-1", 1, "A reply.", raised, missable, "", verdicts, List.of());
    }
}
