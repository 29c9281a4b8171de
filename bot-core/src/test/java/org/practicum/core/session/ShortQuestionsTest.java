package org.practicum.core.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientState;
import org.practicum.core.testing.Fixtures;

/**
 * Questions that ask for little get a plain answer (issue 13): "what do you mean?" says more of what was
 * just said, a yes/no question about a concrete act is answered with the line that tells it, and a
 * novice who keeps advising meets a guarded client who stays, not an empty thread at turn eleven.
 */
class ShortQuestionsTest {

    static final List<String> LISTENING = List.of("hi, thanks for getting in touch", "that sounds like a lot. tell me more?",
            "mm", "what's that been like for you?");

    @RegisterExtension
    static final EngineFixture fixture = EngineFixture.shippedForTheClass();

    private static Optional<Line> line(Scenario scenario, String text) {
        return scenario.allLines().stream().filter(l -> text.contains(l.text())).findFirst();
    }

    @Test
    void what_do_you_mean_is_answered_about_what_was_just_said_whenever_the_story_has_more_of_it() {
        List<String> missed = new ArrayList<>();
        int asked = 0;
        for (Scenario scenario : Fixtures.scenarios().all()) {
            List<String> lines = new ArrayList<>(LISTENING.subList(0, 3));
            lines.addAll(List.of("how have you been sleeping?", "what do you mean?"));
            List<TurnRecord> turns = fixture.played(scenario.id(), 1, lines);
            Optional<Line> before = line(scenario, turns.get(4).client().text());
            ClientState state = turns.get(4).stateAfter();
            // Only where an unsaid line of what is out shares the last line's topic or person can the answer stay with it.
            boolean more = before.isPresent() && outLines(scenario, state).stream()
                    .anyMatch(l -> sharesSubject(l, before.get()));
            if (!more) {
                continue;
            }
            asked++;
            String answer = turns.get(5).client().text();
            if (line(scenario, answer).filter(l -> sharesSubject(l, before.get())).isEmpty()) {
                missed.add(scenario.id() + ": " + turns.get(4).client().text() + " -> " + answer);
            }
        }
        assertTrue(asked >= 3, "too few scenarios had more to say about the last line: " + asked);
        assertTrue(missed.isEmpty(), String.join("\n", missed));
    }

    @Test
    void a_yes_no_question_about_a_concrete_act_gets_the_line_that_tells_it_not_a_stock_yes() {
        List<String> lines = new ArrayList<>(LISTENING);
        lines.add("have you applied for anything yet?");
        TurnRecord answer = fixture.played("job-loss-money", 1, lines).get(5);

        assertEquals(ClientMove.ELABORATE, answer.client().move(), answer.client().text());
        assertTrue(answer.client().text().toLowerCase().contains("appl"), answer.client().text());
    }

    @Test
    void after_a_run_of_yes_no_questions_the_answers_go_flat() {
        List<TurnRecord> turns = fixture.played("job-loss-money", 1, List.of("hi, thanks for getting in touch",
                "do you sleep ok?", "do you eat ok?", "do you get out much?", "have you applied for anything yet?"));

        assertEquals(ClientMove.FLAT, turns.get(5).client().move(), turns.get(5).client().text());
    }

    @Test
    void a_what_question_read_as_yes_no_is_never_answered_with_a_bare_yes_or_no() {
        Scenario scenario = Fixtures.scenario("told-to-talk");
        TurnRecord answer = fixture.played("told-to-talk", 8, List.of("hi gareth! well you're here now",
                "anyway what are you up to this weekend?")).get(2);

        assertTrue(scenario.reaction(ReactionKind.CLOSED_QUESTION).stream()
                .noneMatch(l -> l.text().equals(answer.client().text())), answer.client().text());
    }

    @Test
    void a_novice_who_keeps_advising_but_now_and_then_asks_meets_a_guarded_client_who_stays() {
        // Every reply a rupture is ClientAnswersTest's sustained rupture; a real novice asks now and then.
        List<String> advice = List.of("you should just get out more", "have you tried joining a club?",
                "don't worry, it'll get better", "you should call your mum more", "try a running group, honestly",
                "at least you've got a job", "what's that been like for you?");
        String session = fixture.start("lonely-after-move", 5).sessionId();
        List<ClientMove> moves = new ArrayList<>();
        int endedAt = 0;
        for (int turn = 1; turn <= 24 && endedAt == 0; turn++) {
            SessionUpdate update = fixture.engine.reply(session, advice.get(turn % advice.size()));
            moves.add(update.client().move());
            endedAt = update.status() == SessionStatus.ENDED ? turn : 0;
        }

        assertTrue(endedAt == 0, "left at turn " + endedAt + ": " + moves);
        assertTrue(moves.subList(0, 12).stream().filter(m -> m == ClientMove.WITHDRAW || m == ClientMove.HURT).count()
                >= 6, "guarded, not open: " + moves);
    }

    /** The unsaid lines of the layers that are out whose people are known: what the person could still say. */
    private static List<Line> outLines(Scenario scenario, ClientState state) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < Math.min(state.disclosedLayers(), scenario.layers().size()); i++) {
            out.addAll(scenario.layer(i).disclose());
            out.addAll(scenario.layer(i).elaborate());
        }
        return out.stream().filter(l -> !state.usedLines().contains(l.text()) && l.peopleKnown(state.introduced()))
                .toList();
    }

    private static boolean sharesSubject(Line a, Line b) {
        return a.topics().stream().anyMatch(b.topics()::contains) || a.refers().stream().anyMatch(b.refers()::contains);
    }
}
