package org.practicum.slack;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * One Practicum-on-Slack process per test, against a fresh loopback Slack Web API. Subclasses choose
 * the Slack settings (facilitators, an alert channel).
 */
abstract class RunningSlackApp {

    @TempDir
    Path dir;
    FakeSlackApi slack;
    SlackHarness practicum;

    /** The settings the app starts with; by default no facilitators and no alert channel. */
    SlackSettings settings() {
        return SlackHarness.settings(slack, Optional.empty(), List.of());
    }

    @BeforeEach
    void startApp() throws Exception {
        slack = new FakeSlackApi();
        practicum = new SlackHarness(dir, slack, settings());
    }

    @AfterEach
    void stopApp() {
        practicum.close();
        slack.close();
    }
}
