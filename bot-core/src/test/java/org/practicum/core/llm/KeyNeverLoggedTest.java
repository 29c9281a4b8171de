package org.practicum.core.llm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.slf4j.LoggerFactory;

class KeyNeverLoggedTest {

    @TempDir
    Path data;

    @ParameterizedTest
    @EnumSource(FakeDialect.class)
    void with_logging_at_debug_the_api_key_appears_in_no_log_line_through_success_errors_and_fallbacks(
            FakeDialect dialect) throws Exception {
        // given every logger at DEBUG, captured
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level previous = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.DEBUG);
        try (FakeModelServer server = new FakeModelServer(dialect)) {
            // when a session meets a success, a 401, a 500, a 429 and invalid JSON
            Harness h = Harness.start(data, Harness.env(server, dialect.provider()), null);
            String id = h.startSession();
            AtomicInteger n = new AtomicInteger();
            server.script(r -> switch (n.getAndIncrement() % 5) {
                // Some providers echo the key they refused.
                case 0 -> new FakeModelServer.Reply(401, "Incorrect API key provided: " + Harness.KEY, 0, 0);
                case 1 -> FakeModelServer.Reply.status(500);
                case 2 -> FakeModelServer.Reply.status(429);
                case 3 -> FakeModelServer.Reply.ok("not json " + Harness.KEY.substring(0, 3));
                default -> FakeModelServer.valid(r);
            });
            for (int i = 0; i < 4; i++) {
                h.engine.reply(id, "how are you doing with all of it?");
            }
            h.engine.end(id);
        } finally {
            root.setLevel(previous);
            root.detachAppender(captured);
        }

        // then DEBUG lines were written, and none holds the key
        assertTrue(captured.list.stream().anyMatch(e -> e.getLevel() == Level.DEBUG
                && e.getFormattedMessage().startsWith("llm call")), "per-call usage lines at DEBUG");
        for (ILoggingEvent event : captured.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertFalse(line.contains(Harness.KEY), "key in log line: " + event.getLoggerName());
            assertFalse(line.contains(Harness.KEY.substring(3, 20)), "part of the key in: " + event.getLoggerName());
        }
    }
}
