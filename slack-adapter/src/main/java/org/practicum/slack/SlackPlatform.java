package org.practicum.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.model.event.MessageEvent;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.platform.ChatPlatform;
import org.practicum.core.platform.PlatformContext;
import org.practicum.core.report.Debriefs;
import org.practicum.core.session.PracticeEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Practicum on Slack: {@code /practice}, sessions in the thread of a scenario card, private suggestions,
 * status reactions. Runs in Socket Mode (no public URL) or serves HTTP, as {@code slack.mode} says.
 */
public final class SlackPlatform implements ChatPlatform {

    private static final Logger LOG = LoggerFactory.getLogger(SlackPlatform.class);

    private final SlackSettings settings;
    private final SlackCredentials credentials;
    private final App app;
    private final PerThreadQueue queue = new PerThreadQueue(4);
    private SocketModeApp socketMode;
    private HttpTransport http;
    private int httpPort = -1;

    public SlackPlatform(PlatformContext context) {
        this(context.engine(), context.debriefs(), context.emoji(), SlackSettings.from(context.settings()),
                SlackCredentials.from(context.secrets()), context.programme());
    }

    SlackPlatform(PracticeEngine engine, Debriefs debriefs, EmojiMap emoji, SlackSettings settings,
                  SlackCredentials credentials) {
        this(engine, debriefs, emoji, settings, credentials, null);
    }

    /** {@code programme} null: practice only, without cohorts, review and personal-data commands. */
    SlackPlatform(PracticeEngine engine, Debriefs debriefs, EmojiMap emoji, SlackSettings settings,
                  SlackCredentials credentials, org.practicum.core.programme.Programme programme) {
        credentials.requireFor(settings.mode());
        this.settings = settings;
        this.credentials = credentials;
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        Slack slack = Slack.getInstance(config);
        this.app = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(credentials.botToken())
                .signingSecret(credentials.signingSecret())
                // Socket Mode requests come over the authenticated socket, unsigned.
                .requestVerificationEnabled(credentials.signingSecret() != null)
                // Slack retries events not acknowledged: acknowledge the kinds we do not handle too.
                .allEventsApiAutoAckEnabled(true)
                .subtypedMessageEventsAutoAckEnabled(true)
                .build());
        SlackWebApi api = new SlackWebApi(slack.methods(credentials.botToken()));
        ThreadView view = new ThreadView(api, emoji, settings.facilitatorChannel(), engine.scenarios(), debriefs,
                settings.publicDebrief());
        Facilitators facilitators = new Facilitators(settings, api);
        SlackPractice practice = new SlackPractice(engine, debriefs, view, facilitators, queue);
        engine.inbox().onRedelivery(SlackPractice.PLATFORM, practice::redeliver);
        engine.inbox().onRedelivery(SlackPractice.BUTTONS, practice::redeliverPress);
        SlackProgramme cohorts = programme == null ? null : new SlackProgramme(programme, engine, api, facilitators);
        PracticeCommand command = new PracticeCommand(practice, engine.scenarios(), cohorts, queue);
        ThreadReplies replies = new ThreadReplies(practice, new SeenEvents(10_000));
        SessionButtons buttons = new SessionButtons(practice);
        app.command(PracticeCommand.NAME, command::handle);
        app.event(MessageEvent.class, replies::handle);
        for (String action : java.util.List.of(ActionIds.RETRY, ActionIds.END, ActionIds.JOIN, ActionIds.RESUME)) {
            app.blockAction(action, buttons::press);
        }
        app.blockAction(ActionIds.PICK_SCENARIO, buttons::pickScenario);
        if (cohorts != null) {
            app.messageShortcut(SlackProgramme.REVIEW_SHORTCUT, cohorts::openReviewForm);
            app.viewSubmission(ReviewModal.CALLBACK, cohorts::submitReview);
        }
    }

    @Override
    public String name() {
        return SlackPractice.PLATFORM;
    }

    @Override
    public void start() throws Exception {
        if (settings.mode() == SlackSettings.Mode.SOCKET) {
            socketMode = new SocketModeApp(credentials.appToken(), app);
            socketMode.startAsync();
            LOG.info("slack: connected in Socket Mode");
        } else {
            app.start();
            http = new HttpTransport(app, settings.port());
            httpPort = http.start();
        }
    }

    /** The port HTTP mode listens on once started, -1 before. */
    int httpPort() {
        return httpPort;
    }

    /** The Bolt app, for driving it in-process (tests). */
    App app() {
        return app;
    }

    @Override
    public void close() {
        try {
            if (socketMode != null) {
                socketMode.close();
            }
        } catch (Exception e) {
            LOG.warn("slack: closing Socket Mode failed: {}", e.toString());
        }
        if (http != null) {
            http.close();
        }
        app.stop();
        queue.close();
    }
}
