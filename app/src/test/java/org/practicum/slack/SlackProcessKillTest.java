package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole launcher as a user runs it, {@code practicum} with Slack credentials over HTTP, in its own JVM
 * against the loopback Slack: a trainee's reply is acknowledged, the process is killed at once (SIGKILL,
 * no shutdown hook), and a new process on the same data directory answers it, exactly once. (In the
 * package of the Slack fakes, which are package-private.)
 */
class SlackProcessKillTest {

    private static final String TRAINEE = "UTRAINEE";
    private static final String CHANNEL = "CPRACTICE";
    /** The exam-stress client, whose lines start with their name in bold. */
    private static final String CLIENT_LINE = "*Tomek:*";
    private static final String REPLY = "That sounds like a lot. What's on your mind?";
    /** The inbox's hold (20 s) runs out, then a pass (every 5 s) takes the message up; starting takes a while. */
    private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void a_reply_acknowledged_and_then_killed_with_sigkill_is_answered_once_by_the_next_process() throws Exception {
        try (FakeSlackApi slack = new FakeSlackApi()) {
            SignedRequests requests = new SignedRequests(SignedRequests.SECRET, slack.responseUrl());
            int port = freePort();
            Process first = practicum(slack, port, "first");
            String card;
            boolean firstAnswered;
            try {
                awaitListening(port);
                post(requests, port, "application/x-www-form-urlencoded",
                        SignedRequests.commandBody(TRAINEE, CHANNEL, "start exam-stress", slack.responseUrl()));
                card = slack.await("chat.postMessage", c -> c.param("channel").equals(CHANNEL)
                        && c.param("thread_ts").isEmpty()).ts();
                awaitTrue(() -> clientLines(slack, card) == 1, Duration.ofSeconds(30), "the opening line");

                // given: the reply acknowledged, then the process killed right away
                assertEquals(200, post(requests, port, "application/json", SignedRequests.messageEventJson(TRAINEE,
                        CHANNEL, card, "1700000900.000001", REPLY, "EvKill1")));
            } finally {
                first.destroyForcibly().waitFor();
            }
            FakeSlackApi.settle();
            firstAnswered = clientLines(slack, card) == 2;

            // when: the next process starts on the same data directory
            Process next = practicum(slack, port, "next");
            try {
                awaitTrue(() -> clientLines(slack, card) >= 2, ANSWERED_WITHIN, "the reply answered");
                Thread.sleep(6_000); // more than one more pass: nothing is answered twice

                // then: one answer in the thread, taken up by the next process unless the first had sent it
                assertEquals(2, clientLines(slack, card), "the opening and one answer");
                if (!firstAnswered) {
                    String log = Files.readString(dir.resolve("next.log"));
                    assertTrue(log.contains("inbox: answering a slack message"), log);
                }
            } finally {
                next.destroyForcibly().waitFor();
            }
        }
    }

    /** {@code practicum} with no arguments and Slack's credentials: the bots, until stopped. */
    private Process practicum(FakeSlackApi slack, int port, String name) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "org.practicum.app.Main"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        builder.environment().putAll(Map.of(
                "PRACTICUM_CONFIG_DIR", Path.of("..", "config").toAbsolutePath().normalize().toString(),
                "PRACTICUM_STORAGE_DATA_DIR", dir.resolve("data").toString(),
                "PRACTICUM_ANALYSIS_EMBEDDINGS", "false",
                "SLACK_BOT_TOKEN", "xoxb-fake",
                "SLACK_SIGNING_SECRET", SignedRequests.SECRET,
                "PRACTICUM_SLACK_MODE", "http",
                "PRACTICUM_SLACK_PORT", Integer.toString(port),
                "PRACTICUM_SLACK_API_URL", slack.apiUrl()));
        return builder.start();
    }

    /** A request as Slack sends it, signed, to the process's HTTP port; returns the status. */
    private static int post(SignedRequests requests, int port, String type, String body) throws Exception {
        var signed = requests.headers(body, Instant.now());
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + HttpTransport.PATH))
                .header("Content-Type", type)
                .header("X-Slack-Request-Timestamp", signed.getFirstValue("x-slack-request-timestamp"))
                .header("X-Slack-Signature", signed.getFirstValue("x-slack-signature"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long clientLines(FakeSlackApi slack, String card) {
        return slack.calls("chat.postMessage").stream()
                .filter(c -> c.param("thread_ts").equals(card) && c.param("text").startsWith(CLIENT_LINE)).count();
    }

    private static void awaitListening(int port) throws InterruptedException {
        awaitTrue(() -> {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        }, Duration.ofSeconds(60), "the process listening on " + port);
    }

    private static void awaitTrue(BooleanSupplier condition, Duration within, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(within);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
