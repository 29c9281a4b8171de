package org.practicum.discord;

import java.util.List;
import java.util.function.UnaryOperator;
import org.practicum.core.presentation.Coaching;
import org.practicum.core.presentation.DebriefSummary;
import org.practicum.core.presentation.FlagNote;
import org.practicum.core.presentation.MemberFeedback;
import org.practicum.core.presentation.NextSteps;
import org.practicum.core.presentation.PublicDebrief;
import org.practicum.core.presentation.StepName;
import org.practicum.core.presentation.StepNames;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Notice;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.SessionMode;
import org.practicum.core.suggestion.Suggestion;

/**
 * Everything the bot writes, as Discord markdown; no JDA types, so it is easy to read and test. What is
 * said about a session (mood, coaching, feedback, figures, next steps) comes from core's presentation;
 * only the markup and the names of Discord's commands and buttons are decided here.
 */
final class Texts {

    static final String SUGGESTIONS_LABEL = "💡 Suggestions";
    static final String FEEDBACK_LABEL = "📋 My feedback";
    static final String JOIN_LABEL = "🙋 Join";

    /** The next steps a refusal or the crisis pause offers, as Discord's commands and buttons. */
    static final StepNames STEPS = step -> switch (step) {
        case REPLY -> new StepName("Write", "a reply to the client");
        case RESUME -> new StepName("Use", "`/practice resume`");
        case END -> new StepName("Use", "`/practice end`");
        case START -> new StepName("Use", "`/practice start`");
        case JOIN -> new StepName("Press", "**" + Texts.JOIN_LABEL + "** on the session's first message");
    };

    private Texts() {
    }

    /** The button label under a client message: a warning count when the reply before it was flagged. */
    static String suggestionsLabel(int flags) {
        return flags == 0 ? SUGGESTIONS_LABEL : SUGGESTIONS_LABEL + " · ⚠ " + flags;
    }

    static String scenarioCard(Scenario s, SessionMode mode, String ownerMention) {
        StringBuilder sb = new StringBuilder();
        sb.append("## ").append(s.title()).append('\n');
        sb.append("**Difficulty:** ").append(s.difficulty().id());
        if (!s.contentWarnings().isEmpty()) {
            sb.append(" · **Content warnings:** ").append(String.join(", ", s.contentWarnings()));
        }
        sb.append('\n');
        sb.append("You'll be talking with **").append(s.persona().name()).append("**, ").append(s.persona().age())
                .append(". ").append(s.presentingProblem().strip()).append('\n');
        if (mode == SessionMode.GROUP) {
            sb.append("\nGroup practice led by ").append(ownerMention).append(". Press **").append(JOIN_LABEL)
                    .append("** to take turns replying to ").append(s.persona().firstName())
                    .append(": any member who joined may reply, but nobody twice in a row while others have joined. ")
                    .append("Everyone else watches; their messages are ignored.\n");
        }
        sb.append('\n').append(consentNote(s.persona().firstName()));
        return sb.toString();
    }

    static String consentNote(String client) {
        return "-# This is practice: " + client + " is simulated, not a real person. Your replies are stored to give "
                + "you feedback. If something here touches your own life, step away any time with `/practice end`. "
                + "If you are in crisis yourself, say so: the practice pauses and you get real resources. "
                + "Press " + SUGGESTIONS_LABEL + " under a message for ideas and feedback only you can see.";
    }

    static String clientMessage(String clientName, String text) {
        return "**" + clientName + ":** " + text;
    }

    static String notice(String text) {
        return "-# ℹ️ " + text;
    }

    /** The crisis pause, out of role: the community's resources, then how to go on. */
    static String crisis(Notice pause) {
        return "🛟 **Out of role — from Practicum, not from the practice client.**\n"
                + NextSteps.explain(pause, STEPS).strip();
    }

    static String crisisAlert(String threadMention, String jumpUrl) {
        return "⚠️ A message in the practice thread " + threadMention + " looked like a real crisis. The session is "
                + "paused and the crisis resources were shown. Please check in: " + jumpUrl;
    }

    /** A refusal with what to do instead, in Discord's commands. */
    static String refusal(PracticeException e) {
        return NextSteps.explain(e, STEPS);
    }

    /** The ephemeral answer to "💡 Suggestions": feedback on the last reply first, as the engine orders it. */
    static String suggestionsPanel(Coaching coaching) {
        StringBuilder sb = new StringBuilder();
        if (!coaching.lastReply().isEmpty()) {
            sb.append("**").append(Coaching.LAST_REPLY).append("**\n");
            coaching.lastReply().forEach(f -> sb.append("⚠ ").append(flag(f, "")).append('\n'));
            sb.append('\n');
        }
        sb.append("**").append(Coaching.MOOD).append("** ").append(coaching.mood().sentence(Texts::bold)).append('\n');
        if (coaching.hasWatchOut()) {
            sb.append("\n⚠️ **").append(Coaching.WATCH_OUT).append("** ").append(coaching.watchOut()).append('\n');
        }
        if (!coaching.ideas().isEmpty()) {
            sb.append("\n**").append(Coaching.IDEAS).append("**\n");
            for (Suggestion s : coaching.ideas()) {
                sb.append("• *").append(s.kind().label()).append(":* ").append(s.text()).append('\n');
            }
            sb.append("-# ").append(Coaching.IDEAS_NOTE);
        }
        return sb.toString().strip();
    }

    /** One member's detailed feedback, section by section (their own replies first). */
    static String feedbackPanel(MemberFeedback feedback) {
        StringBuilder sb = new StringBuilder("**").append(feedback.title()).append("**\n");
        for (MemberFeedback.Section section : feedback.sections()) {
            if (!section.heading().isEmpty()) {
                sb.append("\n__").append(section.heading()).append("__\n");
            }
            if (!section.note().isEmpty()) {
                sb.append(section.note()).append('\n');
            }
            section.flags().forEach(f -> sb.append('\n').append(flag(f, f.writer() == null ? ""
                    : f.writer().displayName())).append('\n'));
        }
        return sb.toString().strip();
    }

    private static String flag(FlagNote f, String writerName) {
        return bold(f.heading()) + "\n" + f.wrote(writerName, UnaryOperator.identity()) + " " + f.why()
                + "\n↳ *" + FlagNote.INSTEAD + "* " + f.better();
    }

    /** The thread's whole debrief with debrief.public: minimal. */
    static String debriefEnded() {
        return "🏁 **" + PublicDebrief.ENDED + "** Press **" + FEEDBACK_LABEL + "** for your debrief and its chart "
                + "(only you see them).";
    }

    static String debriefFooter(DebriefSummary summary) {
        return summary.hint() + " Press " + FEEDBACK_LABEL + " for the detailed feedback (only you see it).";
    }

    static String scenarioList(List<Scenario> scenarios) {
        StringBuilder sb = new StringBuilder("**Scenarios** — start one with `/practice start scenario:<id>`\n");
        for (Scenario s : scenarios) {
            sb.append("\n• **").append(s.title()).append("** (`").append(s.id()).append("`) · ")
                    .append(s.difficulty().id());
            if (!s.contentWarnings().isEmpty()) {
                sb.append(" · CW: ").append(String.join(", ", s.contentWarnings()));
            }
        }
        return sb.toString();
    }

    /** An autocomplete choice: Discord shows at most 100 characters. */
    static String choiceName(Scenario s) {
        String name = s.title() + " · " + s.difficulty().id();
        return name.length() <= 100 ? name : name.substring(0, 99) + "…";
    }

    static String help() {
        return """
                **Practicum** — practise supportive conversations with a simulated person.
                • `/practice start scenario:<name>` opens a private thread with the client. Reply there in your own words.
                • Under each client message, **💡 Suggestions** shows (only to you) how they seem, three ideas \
                and feedback on your last reply. The emoji on their latest message show their mood and whether it got better ⬆️ or worse ⬇️.
                • `/practice retry` takes back your last reply so you can try another.
                • `/practice end` ends the session with a debrief; **📋 My feedback** shows the details to you alone.
                • `/practice resume` continues a paused session. `/practice scenarios` lists the scenarios.
                • Facilitators: `/practice start scenario:<name> group:true` opens a public thread where trainees press \
                **🙋 Join** and take turns (nobody twice in a row while others have joined).""";
    }

    private static String bold(String text) {
        return "**" + text + "**";
    }
}
