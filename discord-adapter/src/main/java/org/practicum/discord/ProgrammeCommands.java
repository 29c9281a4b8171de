package org.practicum.discord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.modals.Modal;
import net.dv8tion.jda.api.utils.FileUpload;
import org.practicum.core.cohort.Cohort;
import org.practicum.core.privacy.PersonalData;
import org.practicum.core.programme.Programme;
import org.practicum.core.report.CohortReport;
import org.practicum.core.review.QueuedReview;
import org.practicum.core.review.ReviewNotice;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;

/**
 * The training-programme commands on Discord: cohort management for facilitators, review for
 * reviewers (the "Review this reply" message command opens a form), and a trainee's export and
 * forget-me. Each answers privately; the rules (who may do what) are the engine's.
 */
final class ProgrammeCommands {

    static final String REVIEW_MENU = "Review this reply";
    static final String EXPORT = "export";
    static final String FORGET_ME = "forget-me";
    static final String REVIEW_DONE = "review-done";
    static final String REVIEW_QUEUE = "review-queue";
    static final String COHORT_CREATE = "cohort-create";
    static final String COHORT_ENROL = "cohort-enrol";
    static final String COHORT_ASSIGN = "cohort-assign";
    static final String COHORT_REPORT = "cohort-report";
    static final List<String> SUBCOMMANDS = List.of(EXPORT, FORGET_ME, REVIEW_DONE, REVIEW_QUEUE, COHORT_CREATE,
            COHORT_ENROL, COHORT_ASSIGN, COHORT_REPORT);
    /** Modal ids: {@code prc:rv:<session>:<message>}. */
    static final String MODAL_PREFIX = "prc:rv:";
    static final String NOTE = "note";
    static final String VERDICT = "verdict";

    private final Practice practice;
    private final Programme programme;

    ProgrammeCommands(Practice practice, Programme programme) {
        this.practice = practice;
        this.programme = programme;
    }

    static List<SubcommandData> subcommands() {
        return List.of(
                new SubcommandData(EXPORT, "Download everything Practicum keeps about you (JSON and Markdown)"),
                new SubcommandData(FORGET_ME, "Delete your practice sessions and everything else about you")
                        .addOptions(new OptionData(OptionType.BOOLEAN, "confirm", "Yes, delete it all", true)),
                new SubcommandData(REVIEW_QUEUE, "Reviewers: finished sessions waiting for your review"),
                new SubcommandData(REVIEW_DONE, "Reviewers: finish reviewing this session and notify the trainee")
                        .addOptions(new OptionData(OptionType.STRING, "summary", "Your summary for the trainee", true)),
                new SubcommandData(COHORT_CREATE, "Facilitators: create a cohort")
                        .addOptions(new OptionData(OptionType.STRING, "name", "The cohort's name", true)),
                new SubcommandData(COHORT_ENROL, "Facilitators: add someone to a cohort")
                        .addOptions(new OptionData(OptionType.STRING, "cohort", "Cohort id", true),
                                new OptionData(OptionType.USER, "user", "Who", true),
                                new OptionData(OptionType.STRING, "role", "Their role", true)
                                        .addChoice("trainee", "trainee").addChoice("reviewer", "reviewer")
                                        .addChoice("facilitator", "facilitator")),
                new SubcommandData(COHORT_ASSIGN, "Facilitators: the scenarios to practise, in order")
                        .addOptions(new OptionData(OptionType.STRING, "cohort", "Cohort id", true),
                                new OptionData(OptionType.STRING, "scenarios", "Scenario ids, comma-separated, "
                                        + "easiest first", true)),
                new SubcommandData(COHORT_REPORT, "Facilitators and reviewers: the cohort's progress")
                        .addOptions(new OptionData(OptionType.STRING, "cohort", "Cohort id", true)));
    }

    static CommandData reviewMenu() {
        return Commands.message(REVIEW_MENU).setContexts(InteractionContextType.GUILD);
    }

    /** Runs a programme subcommand; the reply was deferred (ephemeral) by the listener. */
    void run(SlashCommandInteractionEvent event) {
        Participant me = Access.participant(event.getUser(), event.getMember());
        try {
            switch (event.getSubcommandName()) {
                case EXPORT -> export(event, me);
                case FORGET_ME -> forget(event, me);
                case REVIEW_QUEUE -> say(event, queue(me));
                case REVIEW_DONE -> reviewDone(event, me);
                case COHORT_CREATE -> {
                    Cohort c = programme.cohorts().create(me, roleNames(event.getMember()), string(event, "name"),
                            event.getGuild() == null ? "" : event.getGuild().getId());
                    say(event, "Created cohort **" + c.name() + "** (id `" + c.id() + "`). Enrol people with "
                            + "`/practice cohort-enrol`.");
                }
                case COHORT_ENROL -> {
                    User user = event.getOption("user", OptionMapping::getAsUser);
                    Member member = event.getOption("user", OptionMapping::getAsMember);
                    Participant who = Access.participant(user, member);
                    Cohort c = programme.cohorts().enrol(string(event, "cohort"), me, who,
                            org.practicum.core.cohort.Role.parse(string(event, "role")));
                    say(event, who.displayName() + " is now a " + string(event, "role") + " in **" + c.name() + "**.");
                }
                case COHORT_ASSIGN -> {
                    List<String> ids = Arrays.stream(string(event, "scenarios").split(",")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList();
                    Cohort c = programme.cohorts().assignScenarios(string(event, "cohort"), me, ids);
                    say(event, "**" + c.name() + "** practises, in order: " + String.join(" → ", c.scenarios()));
                }
                case COHORT_REPORT -> report(event, me);
                default -> say(event, "Unknown command.");
            }
        } catch (PracticeException e) {
            say(event, Texts.refusal(e));
        }
    }

    /** "Review this reply" on a trainee's message: reviewers get the form, everyone else a private no. */
    void openReviewForm(MessageContextInteractionEvent event) {
        Participant me = Access.participant(event.getUser(), event.getMember());
        Optional<Session> session = practice.engine().findByThread(Practice.PLATFORM, event.getChannel().getId());
        if (session.isEmpty()) {
            event.reply("This message is not in a practice session's thread.").setEphemeral(true).queue();
            return;
        }
        if (!programme.reviews().mayReview(session.get().id(), me)) {
            event.reply("Only this cohort's reviewers can review its sessions.").setEphemeral(true).queue();
            return;
        }
        Modal form = Modal.create(MODAL_PREFIX + session.get().id() + ":" + event.getTarget().getId(), "Review this reply")
                .addComponents(
                        Label.of("Your note for the trainee", TextInput.create(NOTE, TextInputStyle.PARAGRAPH)
                                .setRequired(true).setMaxLength(1500).build()),
                        Label.of("The automatic flags on it: agree or disagree?", TextInput.create(VERDICT,
                                TextInputStyle.SHORT).setRequired(false).setPlaceholder("agree / disagree").build()))
                .build();
        event.replyModal(form).queue();
    }

    /** The review form was sent: the note goes on the turn that message made, with the flag verdict. */
    void submitReview(ModalInteractionEvent event) {
        String[] parts = event.getModalId().substring(MODAL_PREFIX.length()).split(":");
        Participant me = Access.participant(event.getUser(), event.getMember());
        try {
            String note = event.getValue(NOTE) == null ? "" : event.getValue(NOTE).getAsString();
            int turn = programme.reviews().annotateMessage(parts[0], me, parts[1], note);
            String verdict = event.getValue(VERDICT) == null ? "" : event.getValue(VERDICT).getAsString().strip();
            List<String> judged = new ArrayList<>();
            if (!verdict.isEmpty()) {
                boolean agrees = verdict.toLowerCase(java.util.Locale.ROOT).startsWith("agree");
                Session session = practice.engine().find(parts[0]).orElseThrow();
                session.activeTurns().stream().filter(t -> t.turn() == turn && t.analysis() != null)
                        .flatMap(t -> t.analysis().flags().stream()).map(f -> f.kind().id()).distinct()
                        .forEach(kind -> {
                            programme.reviews().judgeFlag(parts[0], me, turn, kind, agrees);
                            judged.add(kind.replace('_', ' '));
                        });
            }
            event.reply("Noted on turn " + turn + "." + (judged.isEmpty() ? "" : " You "
                    + (verdict.toLowerCase(java.util.Locale.ROOT).startsWith("agree") ? "agree" : "disagree")
                    + " with: " + String.join(", ", judged) + ".")).setEphemeral(true).queue();
        } catch (PracticeException e) {
            event.reply(Texts.refusal(e)).setEphemeral(true).queue();
        }
    }

    private void reviewDone(SlashCommandInteractionEvent event, Participant me) {
        Optional<Session> session = practice.engine().findByThread(Practice.PLATFORM, event.getChannel().getId());
        if (session.isEmpty()) {
            say(event, "Use this in the thread of the session you reviewed.");
            return;
        }
        List<ReviewNotice> notices = programme.reviews().complete(session.get().id(), me, string(event, "summary"));
        for (ReviewNotice notice : notices) {
            // Privately: a direct message to each trainee who took part, in as many pieces as it takes.
            List<String> pieces = MessageSplitter.split(notice.text());
            event.getJDA().openPrivateChannelById(notice.trainee().id())
                    .queue(dm -> pieces.forEach(p -> dm.sendMessage(p).queue(ok -> { }, failure -> { })),
                            failure -> { });
        }
        say(event, "Review sent privately to " + String.join(", ", notices.stream()
                .map(n -> n.trainee().displayName()).toList()) + ".");
    }

    private String queue(Participant me) {
        List<QueuedReview> queue = programme.reviews().queue(me);
        if (queue.isEmpty()) {
            return "No sessions are waiting for your review.";
        }
        StringBuilder sb = new StringBuilder("Waiting for review:\n");
        queue.forEach(q -> sb.append("- `").append(q.sessionId()).append("` ").append(q.trainee().displayName())
                .append(", ").append(q.scenarioId()).append('\n'));
        return sb.toString();
    }

    private void export(SlashCommandInteractionEvent event, Participant me) {
        PersonalData.Export export = programme.personalData().export(me);
        event.getHook().sendMessage("Everything Practicum keeps about you, as JSON and as Markdown.")
                .addFiles(FileUpload.fromData(export.json().getBytes(StandardCharsets.UTF_8), "practicum-export.json"),
                        FileUpload.fromData(export.markdown().getBytes(StandardCharsets.UTF_8), "practicum-export.md"))
                .setEphemeral(true).queue();
    }

    private void forget(SlashCommandInteractionEvent event, Participant me) {
        if (!Boolean.TRUE.equals(event.getOption("confirm", OptionMapping::getAsBoolean))) {
            say(event, "Nothing was deleted. Run it again with confirm: True to delete your data.");
            return;
        }
        int sessions = programme.personalData().forget(me);
        say(event, "Done: " + sessions + " practice session(s) and everything else Practicum kept about you are "
                + "deleted. Your replies in group sessions were removed; the others' practice stays.");
    }

    private void report(SlashCommandInteractionEvent event, Participant me) {
        CohortReport report = programme.reports().build(string(event, "cohort"), me);
        List<String> pieces = MessageSplitter.split(report.text());
        var message = event.getHook().sendMessage(pieces.get(0)).setEphemeral(true);
        if (!report.chart().isEmpty() && Files.isRegularFile(Path.of(report.chart()))) {
            message = message.addFiles(FileUpload.fromData(Path.of(report.chart())));
        }
        message.queue(ok -> pieces.subList(1, pieces.size())
                .forEach(p -> event.getHook().sendMessage(p).setEphemeral(true).queue()));
    }

    private static void say(SlashCommandInteractionEvent event, String text) {
        event.getHook().sendMessage(MessageSplitter.split(text).get(0)).setEphemeral(true).queue();
    }

    private static String string(SlashCommandInteractionEvent event, String option) {
        String value = event.getOption(option, OptionMapping::getAsString);
        return value == null ? "" : value;
    }

    private static List<String> roleNames(Member member) {
        return member == null ? List.of() : member.getRoles().stream().map(Role::getName).toList();
    }
}
