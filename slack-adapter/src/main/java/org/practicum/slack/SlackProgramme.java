package org.practicum.slack;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.MessageShortcutContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicum.core.cohort.Cohort;
import org.practicum.core.cohort.Role;
import org.practicum.core.privacy.PersonalData;
import org.practicum.core.programme.Programme;
import org.practicum.core.report.CohortReport;
import org.practicum.core.review.QueuedReview;
import org.practicum.core.review.ReplyJudgement;
import org.practicum.core.review.ReplyUnderReview;
import org.practicum.core.review.ReviewNotice;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training programme on Slack: {@code /practice cohort …} for facilitators, {@code /practice review …}
 * and the "Review this reply" message shortcut (a modal) for reviewers, {@code /practice export} and
 * {@code /practice forget-me} for everyone. Answers privately; files (the report's chart, the export) go to
 * the asker's direct messages with the app. Who may do what is the engine's rule.
 */
final class SlackProgramme {

    /** The message shortcut's callback id (see the app manifest). */
    static final String REVIEW_SHORTCUT = "review_reply";
    static final String EXPORT_JSON = "practicum-export.json";
    static final String EXPORT_MARKDOWN = "practicum-export.md";
    private static final Logger LOG = LoggerFactory.getLogger(SlackProgramme.class);
    private static final Pattern MENTION = Pattern.compile("<@([A-Z0-9]+)(?:\\|([^>]*))?>");

    private final Programme programme;
    private final PracticeEngine engine;
    private final SlackWebApi api;
    private final Facilitators facilitators;
    private final DirectFiles files;

    SlackProgramme(Programme programme, PracticeEngine engine, SlackWebApi api, Facilitators facilitators) {
        this.programme = programme;
        this.engine = engine;
        this.api = api;
        this.facilitators = facilitators;
        this.files = new DirectFiles(api);
    }

    /** Whether {@code /practice <verb>} is one of these commands. */
    static boolean handles(String verb) {
        return List.of("cohort", "review", "export", "forget-me").contains(verb);
    }

    /** A cohort trainee's next assigned scenario, if they have one. */
    Optional<String> nextScenarioFor(String userId) {
        return programme.cohorts().nextScenarioFor(new Participant(userId, null));
    }

    /** Runs a programme command; returns the private answer, in mrkdwn (a report: in Block Kit, maybe several messages). */
    List<SlackMessage> command(String team, String userId, String[] words) {
        Participant me = new Participant(userId, null);
        try {
            if (words[0].equalsIgnoreCase("cohort") && words.length > 1 && words[1].equalsIgnoreCase("report")) {
                return report(team, me, words);
            }
            return List.of(text(switch (words[0].toLowerCase(Locale.ROOT)) {
                case "cohort" -> cohort(team, me, words);
                case "review" -> review(me, words);
                case "export" -> export(me);
                case "forget-me" -> forget(me, words);
                default -> help();
            }));
        } catch (PracticeException e) {
            return List.of(text(SlackSteps.refusal(e)));
        }
    }

    private static SlackMessage text(String mrkdwn) {
        return new SlackMessage(mrkdwn, List.of());
    }

    private String cohort(String team, Participant me, String[] w) {
        String verb = w.length > 1 ? w[1].toLowerCase(Locale.ROOT) : "";
        switch (verb) {
            case "create" -> {
                Set<Role> held = facilitators.includes(me.id()) ? EnumSet.of(Role.FACILITATOR) : EnumSet.noneOf(Role.class);
                Cohort c = programme.cohorts().create(me, held, rest(w, 2), team);
                String name = Mrkdwn.escape(c.name());
                return "Created cohort *" + name + "*. Add people with `/practice cohort enrol " + name
                        + " @person trainee|reviewer|facilitator`.";
            }
            case "enrol" -> {
                int at = mentionAt(w);
                if (at < 3 || at + 1 >= w.length) {
                    return "Usage: `/practice cohort enrol <cohort> @person trainee|reviewer|facilitator`";
                }
                Participant who = person(w[at]);
                Cohort c = programme.cohorts().enrol(programme.cohorts().find(team, words(w, 2, at)).id(), me, who,
                        Role.parse(w[at + 1]));
                return "<@" + who.id() + "> is now a " + w[at + 1].toLowerCase(Locale.ROOT) + " in *"
                        + Mrkdwn.escape(c.name()) + "*.";
            }
            case "assign" -> {
                if (w.length < 4) {
                    return "Usage: `/practice cohort assign <cohort> scenario-a,scenario-b` (easiest first)";
                }
                int end = nameEnd(team, w);
                List<String> ids = Arrays.stream(rest(w, end).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
                Cohort c = programme.cohorts().assignScenarios(programme.cohorts().find(team, words(w, 2, end)).id(),
                        me, ids);
                return "*" + Mrkdwn.escape(c.name()) + "* practises, in order: " + String.join(" → ", c.scenarios());
            }
            default -> {
                return help();
            }
        }
    }

    private String review(Participant me, String[] w) {
        String verb = w.length > 1 ? w[1].toLowerCase(Locale.ROOT) : "queue";
        if (verb.equals("done")) {
            if (w.length < 4) {
                return "Usage: `/practice review done <session-id> <summary for the trainee>`";
            }
            List<ReviewNotice> notices = programme.reviews().complete(w[2], me, rest(w, 3));
            for (ReviewNotice n : notices) {
                // Posting to a user id lands in the app's direct messages with them: private.
                String text = n.review().render(Mrkdwn.MARKUP);
                api.call("chat.postMessage", m -> m.chatPostMessage(r -> r.channel(n.trainee().id()).text(text)));
            }
            return "Review sent privately to " + String.join(", ", notices.stream()
                    .map(n -> "<@" + n.trainee().id() + ">").toList()) + ".";
        }
        List<QueuedReview> queue = programme.reviews().queue(me);
        if (queue.isEmpty()) {
            return "No sessions are waiting for your review.";
        }
        StringBuilder sb = new StringBuilder("Waiting for review:\n");
        queue.forEach(q -> sb.append("• `").append(q.sessionId()).append("` <@").append(q.trainee().id()).append(">, ")
                .append(q.scenarioId()).append('\n'));
        return sb.append("Use *Review this reply* on a trainee's message in the session's thread.").toString();
    }

    /** The report in the answer, in Block Kit; its chart, which an answer cannot carry, in the asker's DM with the app. */
    private List<SlackMessage> report(String team, Participant me, String[] w) {
        if (w.length < 3) {
            return List.of(text("Usage: `/practice cohort report <cohort>`"));
        }
        CohortReport report = programme.reports().build(programme.cohorts().find(team, rest(w, 2)).id(), me);
        Optional<byte[]> chart = chartBytes(report);
        if (chart.isEmpty()) {
            return SlackReport.of(report, "");
        }
        boolean sent = files.send(me.id(), "The chart for the cohort report on *" + Mrkdwn.escape(report.cohortName())
                + "*.", List.of(new DirectFiles.Attachment("cohort-report-" + report.cohortId() + ".png",
                "Cohort report: " + report.cohortName(), chart.get(),
                "Chart of each trainee's skills across their practice sessions")));
        return SlackReport.of(report, sent ? ":bar_chart: The chart is in your direct messages with Practicum."
                : ":warning: I could not send you the chart (Slack did not accept the file), so here is the report "
                + "without it.");
    }

    private static Optional<byte[]> chartBytes(CohortReport report) {
        if (report.chart() == null || report.chart().isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(Path.of(report.chart())));
        } catch (IOException e) {
            LOG.warn("cohort {}: cannot read the report chart: {}", report.cohortId(), e.toString());
            return Optional.empty();
        }
    }

    /** Both files go to the person's DM with the app; if Slack refuses them, the data comes as text instead. */
    private String export(Participant me) {
        PersonalData.Export export = programme.personalData().export(me);
        boolean sent = files.send(me.id(), "Everything Practicum keeps about you, as JSON and as Markdown.", List.of(
                new DirectFiles.Attachment(EXPORT_JSON, "Your Practicum data (JSON)",
                        export.json().getBytes(StandardCharsets.UTF_8), null),
                new DirectFiles.Attachment(EXPORT_MARKDOWN, "Your Practicum data (Markdown)",
                        export.markdown().getBytes(StandardCharsets.UTF_8), null)));
        if (sent) {
            return "I sent you everything Practicum keeps about you as two files, `" + EXPORT_JSON + "` and `"
                    + EXPORT_MARKDOWN + "`, in your direct messages with Practicum. Only you can see them there.";
        }
        return "I could not send you the files (Slack did not accept them), so here is everything Practicum keeps about "
                + "you as text.\n\n" + export.markdown() + "\n*As JSON:*\n```" + export.json() + "```";
    }

    private String forget(Participant me, String[] w) {
        if (w.length < 2 || !w[1].equalsIgnoreCase("confirm")) {
            return "This deletes your practice sessions and everything else Practicum keeps about you. To go ahead: "
                    + "`/practice forget-me confirm`";
        }
        int sessions = programme.personalData().forget(me);
        return "Done: " + sessions + " practice session(s) and everything else Practicum kept about you are deleted. "
                + "Your replies in group sessions were removed; the others' practice stays.";
    }

    /** "Review this reply" on a message: reviewers get the form, anyone else a private no. */
    Response openReviewForm(MessageShortcutRequest request, MessageShortcutContext ctx) {
        MessageShortcutPayload p = request.getPayload();
        String channel = p.getChannel().getId();
        String userId = p.getUser().getId();
        String threadTs = p.getMessage() == null ? null : p.getMessage().getThreadTs();
        Optional<Session> session = threadTs == null ? Optional.empty()
                : engine.findByThread(SlackPractice.PLATFORM, new ThreadKey(channel, threadTs).toString());
        if (session.isEmpty() || !programme.reviews().mayReview(session.get().id(), new Participant(userId, null))) {
            String why = session.isEmpty() ? "That message is not in a practice session's thread."
                    : "Only this cohort's reviewers can review its sessions.";
            api.call("chat.postEphemeral", m -> m.chatPostEphemeral(r -> r.channel(channel).user(userId)
                    .threadTs(threadTs).text(why)));
            return ctx.ack();
        }
        ReplyUnderReview reply;
        try {
            reply = programme.reviews().reply(session.get().id(), new Participant(userId, null), p.getMessageTs());
        } catch (PracticeException e) {
            api.call("chat.postEphemeral", m -> m.chatPostEphemeral(r -> r.channel(channel).user(userId)
                    .threadTs(threadTs).text(SlackSteps.refusal(e))));
            return ctx.ack();
        }
        View form = ReviewModal.of(reply, String.join("|", session.get().id(), p.getMessageTs(), channel, threadTs));
        api.call("views.open", m -> m.viewsOpen(r -> r.triggerId(p.getTriggerId()).view(form)));
        return ctx.ack();
    }

    /**
     * The form was saved: its note, verdicts and missed flag go on the turn the message made, and the
     * reviewer is told privately in the thread what was saved; a mistake shows in the form, nothing saved.
     */
    Response submitReview(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload p = request.getPayload();
        String[] meta = p.getView().getPrivateMetadata().split("\\|");
        Participant me = new Participant(p.getUser().getId(), null);
        ReplyJudgement judgement = ReviewModal.read(p.getView().getState().getValues());
        try {
            int turn = programme.reviews().judgeReply(meta[0], me, meta[1], judgement);
            if (meta.length == 4) {
                api.call("chat.postEphemeral", m -> m.chatPostEphemeral(r -> r.channel(meta[2]).user(me.id())
                        .threadTs(meta[3]).text(judgement.confirmation(turn))));
            }
            return ctx.ack();
        } catch (PracticeException e) {
            return ctx.ackWithErrors(Map.of(ReviewModal.NOTE, SlackSteps.refusal(e)));
        }
    }

    /**
     * Where the cohort's name ends in {@code cohort assign <name> <scenarios>}: a name may have spaces, so
     * the longest run of words after "assign" that names a cohort; if none does, all but the last word.
     */
    private int nameEnd(String team, String[] w) {
        for (int end = w.length - 1; end > 2; end--) {
            if (programme.cohorts().lookup(team, words(w, 2, end)).isPresent()) {
                return end;
            }
        }
        return w.length - 1;
    }

    /** Where the first mention is among the words, or -1. */
    private static int mentionAt(String[] words) {
        for (int i = 0; i < words.length; i++) {
            if (MENTION.matcher(words[i]).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** Words {@code from} up to (not including) {@code to}, joined by spaces. */
    private static String words(String[] w, int from, int to) {
        return String.join(" ", Arrays.copyOfRange(w, from, to));
    }

    private static Participant person(String word) {
        Matcher m = MENTION.matcher(word);
        if (m.matches()) {
            return new Participant(m.group(1), m.group(2));
        }
        return new Participant(word.replaceFirst("^@", ""), null);
    }

    private static String rest(String[] words, int from) {
        return from >= words.length ? "" : String.join(" ", Arrays.copyOfRange(words, from, words.length));
    }

    static String help() {
        return "*Cohorts* (facilitators), by name: `/practice cohort create <name>`, `/practice cohort enrol <cohort> "
                + "@person trainee|reviewer|facilitator`, `/practice cohort assign <cohort> a,b,c`, `/practice cohort "
                + "report <cohort>`\n*Review* (reviewers): `/practice review queue`, *Review this reply* on a message, "
                + "`/practice review done <session> <summary>`\n*Your data*: `/practice export` (files in your direct messages "
                + "with Practicum), `/practice forget-me`";
    }
}
