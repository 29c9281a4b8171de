package org.practicum.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.asElements;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practicum.core.emotion.EmojiMap;
import org.practicum.core.presentation.DebriefSummary;
import org.practicum.core.presentation.MemberFeedback;
import org.practicum.core.presentation.NextSteps;
import org.practicum.core.presentation.PublicDebrief;
import org.practicum.core.report.Debrief;
import org.practicum.core.report.Debriefs;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.ScenarioCatalog;
import org.practicum.core.session.Notice;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionMode;
import org.practicum.core.session.SessionUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows engine results in a session's thread: the client's lines (with the status reactions), the
 * trainee's private panel, notices, the debrief with its chart, and the out-of-role crisis response.
 */
final class ThreadView {

    private static final Logger LOG = LoggerFactory.getLogger(ThreadView.class);
    private static final String CHART_FILE = "emotion-chart.png";
    private static final String CHART_ALT = "Chart of the client's emotion and trust over the session";

    private final SlackWebApi api;
    private final EmojiMap emoji;
    private final StatusReactions status;
    private final ClientMessages clientMessages = new ClientMessages();
    private final Optional<String> facilitatorChannel;
    private final ScenarioCatalog scenarios;
    private final Debriefs debriefs;
    private final PublicDebrief publicDebrief;
    private final DirectFiles directFiles;

    ThreadView(SlackWebApi api, EmojiMap emoji, Optional<String> facilitatorChannel, ScenarioCatalog scenarios,
               Debriefs debriefs, PublicDebrief publicDebrief) {
        this.api = api;
        this.publicDebrief = publicDebrief;
        this.directFiles = new DirectFiles(api);
        this.scenarios = scenarios;
        this.debriefs = debriefs;
        this.emoji = emoji;
        this.status = new StatusReactions(api, new OwnReactions(api, new BotUser(api)));
        this.facilitatorChannel = facilitatorChannel;
    }

    /** Posts a message in a channel (not in a thread); returns its ts. */
    Optional<String> post(String channel, SlackMessage message) {
        return api.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel).text(message.text())
                .blocks(message.blocks()))).map(ChatPostMessageResponse::getTs);
    }

    Optional<String> postInThread(ThreadKey thread, String text) {
        return api.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(thread.channel())
                .threadTs(thread.ts()).text(text))).map(ChatPostMessageResponse::getTs);
    }

    /** A message only {@code userId} sees, in the thread. */
    void tellPrivately(ThreadKey thread, String userId, SlackMessage message) {
        api.call("chat.postEphemeral", m -> m.chatPostEphemeral(r -> r.channel(thread.channel()).user(userId)
                .threadTs(thread.ts()).text(message.text()).blocks(message.blocks().isEmpty() ? null : message.blocks())));
    }

    void tellPrivately(ThreadKey thread, String userId, String text) {
        tellPrivately(thread, userId, new SlackMessage(text, List.of()));
    }

    /**
     * Shows one engine update for {@code speaker}, who caused it: flags and suggestions go to them
     * alone; the client's line and notices go to the thread.
     *
     * @param speakerMessageTs the ts of the speaker's message that caused it, for a crisis alert; may be null
     */
    void show(Session session, SessionUpdate update, String speaker, String speakerMessageTs) {
        if (has(update, Notice.Kind.PAUSE)) {
            showCrisis(session, ThreadKey.parse(session.origin().thread()), update, speaker, speakerMessageTs);
            return;
        }
        showLine(session, update, speaker);
        showCoaching(session, update, speaker);
    }

    /** The thread's part of an update, shown as soon as the client has spoken: a retry's notice, the client's line. */
    void showLine(Session session, SessionUpdate update, String speaker) {
        ThreadKey thread = ThreadKey.parse(session.origin().thread());
        String clientName = clientName(session);
        Optional<String> retryNotice = Optional.empty();
        if (has(update, Notice.Kind.RETRY)) {
            retryNotice = postInThread(thread, ":leftwards_arrow_with_hook: _" + Mrkdwn.mention(speaker)
                    + " took back the last reply; the conversation goes on from " + clientName + "'s message before it._");
        }
        if (update.client() != null) {
            showClientLine(thread, new ClientLine(session.id(), update.turn()), clientName, update, retryNotice);
        }
    }

    /**
     * What follows the client's line: that the client left, and then the debrief; else the speaker's
     * private panel (flags, suggestions).
     */
    void showCoaching(Session session, SessionUpdate update, String speaker) {
        ThreadKey thread = ThreadKey.parse(session.origin().thread());
        for (Notice notice : update.notices()) {
            if (notice.kind() == Notice.Kind.CLIENT_ENDED) {
                postInThread(thread, "_" + Mrkdwn.escape(notice.text()) + "_");
            }
        }
        Optional<Debrief> debrief = debriefs.after(update);
        if (debrief.isPresent()) {
            showDebrief(session, debrief.get());
        } else if (update.client() != null) {
            tellPrivately(thread, speaker, CoachPanel.of(update, clientName(session)));
        }
    }

    /**
     * Posts the debrief in the thread, with its chart (or, with {@link PublicDebrief#MINIMAL}, only that the
     * session ended, the figures and chart going to each trainee privately), and each trainee's detailed
     * flags to them alone.
     */
    void showDebrief(Session session, Debrief debrief) {
        ThreadKey thread = ThreadKey.parse(session.origin().thread());
        SlackMessage summary = DebriefMessage.summary(DebriefSummary.of(debrief));
        boolean inPublic = publicDebrief == PublicDebrief.SUMMARY;
        SlackMessage forThread = inPublic ? summary : DebriefMessage.ended();
        Optional<String> posted = api.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(thread.channel())
                .threadTs(thread.ts()).text(forThread.text()).blocks(forThread.blocks())))
                .map(ChatPostMessageResponse::getTs);
        markCardEnded(session, thread, posted);
        File chart = debrief.chart() == null || debrief.chart().isBlank() ? null : new File(debrief.chart());
        if (chart == null || !chart.isFile()) {
            LOG.info("session {}: no chart to upload", session.id());
            chart = null;
        }
        String chartTitle = "How " + clientName(session) + " felt and trusted, turn by turn";
        if (inPublic && chart != null) {
            File file = chart;
            api.call("files.uploadV2", m -> m.filesUploadV2(r -> r.channel(thread.channel()).threadTs(thread.ts())
                    .file(file).filename(CHART_FILE).title(chartTitle).altTxt(CHART_ALT)));
        }
        for (String trainee : trainees(session)) {
            if (!inPublic) {
                tellPrivately(thread, trainee, summary);
                if (chart != null) {
                    sendChart(trainee, chart, chartTitle, debrief.scenarioTitle());
                }
            }
            // One message after another, so the parts read in order.
            DebriefMessage.feedback(MemberFeedback.of(debrief.forMember(trainee)))
                    .forEach(part -> tellPrivately(thread, trainee, part));
        }
    }

    /** The chart to one trainee: an ephemeral message cannot carry a file, so it goes to their DM with the app. */
    private void sendChart(String trainee, File chart, String title, String scenarioTitle) {
        try {
            directFiles.send(trainee, "The chart of your practice session (" + scenarioTitle + "), for you alone.",
                    List.of(new DirectFiles.Attachment(CHART_FILE, title, Files.readAllBytes(chart.toPath()),
                            CHART_ALT)));
        } catch (IOException e) {
            LOG.warn("could not read the debrief chart {}: {}", chart, e.toString());
        }
    }

    /** The card in the channel says the session ended and links the debrief; its buttons go. */
    private void markCardEnded(Session session, ThreadKey thread, Optional<String> debriefTs) {
        Optional<Scenario> scenario = scenarios.find(session.scenarioId());
        if (scenario.isEmpty()) {
            return;
        }
        Optional<String> link = debriefTs.flatMap(ts -> api.call("chat.getPermalink", m -> m.chatGetPermalink(r -> r
                .channel(thread.channel()).messageTs(ts)))).map(ChatGetPermalinkResponse::getPermalink);
        SlackMessage card = CardMessage.ended(scenario.get(), session.trainee().id(), session.mode(), link);
        api.call("chat.update", m -> m.chatUpdate(r -> r.channel(thread.channel()).ts(thread.ts()).text(card.text())
                .blocks(card.blocks())));
    }

    private void showCrisis(Session session, ThreadKey thread, SessionUpdate update, String speaker,
                            String speakerMessageTs) {
        String resources = update.notices().stream().filter(n -> n.kind() == Notice.Kind.PAUSE).findFirst()
                .map(n -> NextSteps.explain(n, SlackSteps.NAMES)).orElseThrow();
        tellPrivately(thread, speaker, new SlackMessage("Out of role, from Practicum: " + resources, List.of(
                section(s -> s.text(markdownText("*Stepping out of the role-play — this is Practicum, not "
                        + Mrkdwn.escape(clientName(session)) + ".*\n" + Mrkdwn.escape(resources)))))));
        String id = session.id();
        api.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(thread.channel()).threadTs(thread.ts())
                .text("The practice is paused.").blocks(List.of(
                        section(s -> s.text(markdownText(":double_vertical_bar: _The practice is paused, out of role. "
                                + "Continue when you are ready, or end the session._"))),
                        actions(a -> a.elements(asElements(
                                button(b -> b.actionId(ActionIds.RESUME).text(plainText(SlackSteps.RESUME_LABEL)).value(id)),
                                button(b -> b.actionId(ActionIds.END).text(plainText(SlackSteps.END_LABEL)).value(id)))))))));
        facilitatorChannel.ifPresent(channel -> alertFacilitators(channel, thread, speakerMessageTs));
    }

    /** Tells facilitators where to look, never what was written: the link opens it for those allowed to see it. */
    private void alertFacilitators(String channel, ThreadKey thread, String messageTs) {
        String where = messageTs == null ? thread.ts() : messageTs;
        String link = api.call("chat.getPermalink", m -> m.chatGetPermalink(r -> r.channel(thread.channel())
                .messageTs(where))).map(r -> "<" + r.getPermalink() + "|the message>").orElse("a message in <#"
                + thread.channel() + ">");
        api.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(channel).text(
                ":rotating_light: A trainee's message in a practice session read like a real crisis, so the session "
                        + "was paused and they were shown the crisis resources. Please check in with them: see "
                        + link + ".")));
    }

    /** A turn shown again goes back to the message holding it; only a new turn (or a lost message) is posted. */
    private void showClientLine(ThreadKey thread, ClientLine line, String clientName, SessionUpdate update,
                                Optional<String> retryNotice) {
        List<String> names = emoji.reactionsFor(update.client().emotion(), update.client().trend()).stream()
                .map(EmojiMap.Reaction::slack).toList();
        boolean repeat = has(update, Notice.Kind.RETRY) || has(update, Notice.Kind.RESUME);
        Optional<String> again = repeat ? status.showAgain(thread, line, clientMessages.at(line), names, retryNotice)
                : Optional.empty();
        if (again.isPresent()) {
            clientMessages.remember(line, again.get());
            return;
        }
        api.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(thread.channel()).threadTs(thread.ts())
                        .text("*" + Mrkdwn.escape(clientName) + ":* " + Mrkdwn.escape(update.client().text()))
                        .metadata(line.metadata())))
                .map(ChatPostMessageResponse::getTs).ifPresent(ts -> {
                    clientMessages.remember(line, ts);
                    status.show(thread, line, ts, names);
                });
    }

    String clientName(Session session) {
        return scenarios.find(session.scenarioId()).map(s -> s.persona().firstName()).orElse("The client");
    }

    /**
     * Who reads the debrief's private part: the session's trainee, and in a group session everyone who
     * joined, the facilitator who started it included (told they observed, as on Discord).
     */
    private static Set<String> trainees(Session session) {
        Set<String> out = new LinkedHashSet<>();
        if (session.mode() == SessionMode.GROUP) {
            session.roster().stream().map(Participant::id).forEach(out::add);
        }
        out.add(session.trainee().id());
        return out;
    }

    private static boolean has(SessionUpdate update, Notice.Kind kind) {
        return update.notices().stream().anyMatch(n -> n.kind() == kind);
    }
}
