package org.practicum.discord;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.MessageContextInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.utils.FileUpload;
import org.practicum.core.cohort.Cohort;
import org.practicum.core.privacy.PersonalData;
import org.practicum.core.programme.Programme;
import org.practicum.core.report.CohortReport;
import org.practicum.core.review.QueuedReview;
import org.practicum.core.review.ReplyJudgement;
import org.practicum.core.review.ReplyUnderReview;
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
    static final String COHORT_OPTION = "cohort";

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
                        .addOptions(cohortOption(),
                                new OptionData(OptionType.USER, "user", "Who", true),
                                new OptionData(OptionType.STRING, "role", "Their role", true)
                                        .addChoice("trainee", "trainee").addChoice("reviewer", "reviewer")
                                        .addChoice("facilitator", "facilitator")),
                new SubcommandData(COHORT_ASSIGN, "Facilitators: the scenarios to practise, in order")
                        .addOptions(cohortOption(),
                                new OptionData(OptionType.STRING, "scenarios", "Scenario ids, comma-separated, "
                                        + "easiest first", true)),
                new SubcommandData(COHORT_REPORT, "Facilitators and reviewers: the cohort's progress")
                        .addOptions(cohortOption()));
    }

    /** A cohort by name, offered as the person types (any name or id typed is taken too). */
    private static OptionData cohortOption() {
        return new OptionData(OptionType.STRING, COHORT_OPTION, "The cohort's name", true).setAutoComplete(true);
    }

    /**
     * The cohorts to offer as someone types a cohort's name: this server's, where they facilitate (and,
     * for the report, review); the choice's value is the id.
     */
    List<Command.Choice> cohortChoices(CommandAutoCompleteInteractionEvent event) {
        Participant me = Access.participant(event.getUser(), event.getMember());
        Set<org.practicum.core.cohort.Role> roles = COHORT_REPORT.equals(event.getSubcommandName())
                ? EnumSet.of(org.practicum.core.cohort.Role.FACILITATOR, org.practicum.core.cohort.Role.REVIEWER)
                : EnumSet.of(org.practicum.core.cohort.Role.FACILITATOR);
        return programme.cohorts().offered(community(event.getGuild()), me, roles, event.getFocusedOption().getValue())
                .stream().limit(OptionData.MAX_CHOICES)
                .map(c -> new Command.Choice(c.name(), c.id())).toList();
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
                            community(event.getGuild()));
                    say(event, "Created cohort **" + DiscordMarkup.MARKUP.escape(c.name()) + "**. Enrol people with "
                            + "`/practice cohort-enrol`.");
                }
                case COHORT_ENROL -> {
                    User user = event.getOption("user", OptionMapping::getAsUser);
                    Member member = event.getOption("user", OptionMapping::getAsMember);
                    Participant who = Access.participant(user, member);
                    Cohort c = programme.cohorts().enrol(cohortId(event), me, who,
                            org.practicum.core.cohort.Role.parse(string(event, "role")));
                    say(event, who.displayName() + " is now a " + string(event, "role") + " in **" + c.name() + "**.");
                }
                case COHORT_ASSIGN -> {
                    List<String> ids = Arrays.stream(string(event, "scenarios").split(",")).map(String::strip)
                            .filter(s -> !s.isEmpty()).toList();
                    Cohort c = programme.cohorts().assignScenarios(cohortId(event), me, ids);
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
        try {
            ReplyUnderReview reply = programme.reviews().reply(session.get().id(), me, event.getTarget().getId());
            event.replyModal(ReviewForm.of(reply, event.getTarget().getId())).queue();
        } catch (PracticeException e) {
            event.reply(Texts.refusal(e)).setEphemeral(true).queue();
        }
    }

    /** The review form was sent: its note, verdicts and missed flag go on the turn that message made. */
    void submitReview(ModalInteractionEvent event) {
        String[] parts = event.getModalId().substring(ReviewForm.PREFIX.length()).split(":");
        Participant me = Access.participant(event.getUser(), event.getMember());
        try {
            boolean leftOut = ReviewForm.layout(programme.reviews().reply(parts[0], me, parts[1])).leavesOut();
            ReplyJudgement judgement = ReviewForm.read(event);
            int turn = programme.reviews().judgeReply(parts[0], me, parts[1], judgement);
            event.reply(judgement.confirmation(turn) + (leftOut ? " " + ReplyUnderReview.REST_NEXT_TIME : ""))
                    .setEphemeral(true).queue();
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
            List<String> pieces = MessageSplitter.split(notice.review().render(DiscordMarkup.MARKUP));
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
        CohortReport report = programme.reports().build(cohortId(event), me);
        List<String> pieces = MessageSplitter.split(report.render(DiscordMarkup.MARKUP));
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

    /** The cohort the person named (autocomplete gives its id; a name typed by hand is taken too), in this server. */
    private String cohortId(SlashCommandInteractionEvent event) {
        return programme.cohorts().find(community(event.getGuild()), string(event, COHORT_OPTION)).id();
    }

    private static String community(Guild guild) {
        return guild == null ? "" : guild.getId();
    }

    private static List<String> roleNames(Member member) {
        return member == null ? List.of() : member.getRoles().stream().map(Role::getName).toList();
    }
}
