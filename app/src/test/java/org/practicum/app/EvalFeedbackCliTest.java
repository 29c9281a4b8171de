package org.practicum.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cases written here (not the shared data): a clear advice reply, a clear good reply, a run of closed questions. */
class EvalFeedbackCliTest {

    private static final String CASES = """
            # comment, then three cases
            {"id": "advice", "history": [{"role": "client", "text": "my landlord keeps coming in without asking"}], "reply": "You should report him to the council.", "expect": ["premature_advice"]}
            {"id": "good", "history": [{"role": "client", "text": "my landlord keeps coming in without asking"}], "reply": "That sounds really unsettling. What's it been like?", "expect": []}
            {"id": "closed", "history": [{"role": "client", "text": "work is rough"}, {"role": "trainee", "text": "Is it your boss?"}, {"role": "client", "text": "sort of"}, {"role": "trainee", "text": "Is it every day?"}, {"role": "client", "text": "most days"}], "reply": "Do you work weekends?", "expect": ["closed_question_streak", "judging"]}
            """;

    @TempDir
    Path data;

    @Test
    void scores_each_kind_names_the_cases_it_got_wrong_and_ends_with_the_summary() throws Exception {
        Path cases = Files.writeString(data.resolve("cases.jsonl"), CASES);

        Cli.Result result = new Cli(data.resolve("d")).run("", "eval", "feedback", cases.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.lines().stream().anyMatch(l -> l.matches("premature_advice\\s+1\\.0000\\s+1\\.0000\\s+1")),
                result.out());
        assertTrue(result.lines().stream().anyMatch(l -> l.matches("judging\\s+1\\.0000\\s+0\\.0000\\s+1")), result.out());
        assertTrue(result.out().contains("wrong: closed\n"), result.out());
        assertEquals("feedback precision=1.0000 recall=0.6667 clean=1.0000 n=3", result.lastLine());
    }

    @Test
    void json_prints_one_line_per_case_with_what_was_expected_and_flagged() throws Exception {
        Path cases = Files.writeString(data.resolve("cases.jsonl"), CASES);

        Cli.Result result = new Cli(data.resolve("d")).run("", "eval", "feedback", cases.toString(), "--json");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(3, result.lines().size(), result.out());
        assertEquals("{\"id\":\"good\",\"expect\":[],\"flagged\":[]}", result.lines().get(1));
        assertEquals("{\"id\":\"closed\",\"expect\":[\"closed_question_streak\",\"judging\"],"
                + "\"flagged\":[\"closed_question_streak\"]}", result.lines().get(2));
    }

    @Test
    void a_history_that_does_not_end_with_the_client_is_named_with_file_and_line() throws Exception {
        Path cases = Files.writeString(data.resolve("bad.jsonl"), "{\"id\": \"x\", \"history\": [{\"role\": \"trainee\", "
                + "\"text\": \"hi\"}], \"reply\": \"hello\", \"expect\": []}\n");

        Cli.Result result = new Cli(data.resolve("d")).run("", "eval", "feedback", cases.toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains(cases + ":1: \"history\" must end with a client message"), result.err());
        assertEquals("", result.out());
    }
}
