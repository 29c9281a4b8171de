package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TypingTimeTest {

    static final TypingTime THIRTY_A_SECOND = new TypingTime(30, Duration.ofSeconds(6));

    @Test
    void a_longer_message_takes_longer_to_type() {
        // when
        Duration short_ = THIRTY_A_SECOND.remaining("x".repeat(30), Duration.ZERO);
        Duration long_ = THIRTY_A_SECOND.remaining("x".repeat(90), Duration.ZERO);

        // then
        assertEquals(Duration.ofSeconds(1), short_);
        assertEquals(Duration.ofSeconds(3), long_);
    }

    @Test
    void the_time_the_reply_took_to_produce_counts_and_the_wait_is_capped() {
        assertEquals(Duration.ofMillis(2500), THIRTY_A_SECOND.remaining("x".repeat(90), Duration.ofMillis(500)));
        assertEquals(Duration.ZERO, THIRTY_A_SECOND.remaining("x".repeat(30), Duration.ofSeconds(2)));
        assertEquals(Duration.ofSeconds(6), THIRTY_A_SECOND.remaining("x".repeat(3000), Duration.ZERO));
    }

    @Test
    void with_no_typing_speed_the_reply_comes_as_soon_as_it_is_ready() {
        assertEquals(Duration.ZERO, new TypingTime(0, Duration.ofSeconds(6)).remaining("x".repeat(300), Duration.ZERO));
    }
}
