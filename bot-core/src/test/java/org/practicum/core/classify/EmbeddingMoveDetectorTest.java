package org.practicum.core.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.practicum.core.analysis.Move;
import org.practicum.core.testing.Fixtures;

/** The shipped move head on pairs in wording that is in neither training/moves.tsv nor any feedback case. */
class EmbeddingMoveDetectorTest {

    private final EmbeddingMoveDetector moves = Fixtures.shippedClassifiers().moves();

    @Test
    void a_long_story_of_the_trainees_own_after_the_clients_news_is_self_focus() {
        assertEquals(Optional.of(Move.SELF_FOCUS), moves.in(
                "We got evicted back in 2019 and I slept on my mate's sofa for six weeks, it was grim.",
                "the landlord is evicting us at the end of next month"));
    }

    @Test
    void cheering_a_fear_away_is_minimising() {
        assertEquals(Optional.of(Move.MINIMISING), moves.in("Oh you'll be absolutely fine, you always are!",
                "i'm terrified about the interview tomorrow, i always freeze"));
    }

    @Test
    void staying_with_the_client_is_fine() {
        assertEquals(Optional.empty(), moves.in("What has the week been like, knowing that's coming?",
                "the landlord is evicting us at the end of next month"));
        assertEquals(Optional.empty(), moves.in("Freezing in interviews sounds like it's happened before.",
                "i'm terrified about the interview tomorrow, i always freeze"));
    }
}
