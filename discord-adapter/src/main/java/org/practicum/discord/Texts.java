package org.practicum.discord;

import java.util.List;
import java.util.Locale;
import org.practicum.core.analysis.Flag;
import org.practicum.core.emotion.Emotion;
import org.practicum.core.emotion.Trend;
import org.practicum.core.presentation.NextSteps;
import org.practicum.core.presentation.StepName;
import org.practicum.core.presentation.StepNames;
import org.practicum.core.report.Debrief;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.session.Notice;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.SessionMode;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.Suggestions;

/** Everything the bot writes, as plain Discord markdown; no JDA types, so it is easy to read and test. */
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

    static String emotionInWords(String client, Emotion emotion, Trend trend) {
        String strength = emotion.intensity() >= 0.67 ? "strong" : emotion.intensity() >= 0.34 ? "moderate" : "slight";
        String feeling = switch (emotion.category()) {
            case SADNESS -> "sad";
            case FEAR -> "anxious or afraid";
            case ANGER -> "angry";
            case DISGUST -> "put off";
            case HAPPINESS -> "relieved or glad";
            case SURPRISE -> "surprised";
            case NEUTRAL -> "guarded, fairly neutral";
        };
        String movement = switch (trend) {
            case BETTER -> ", feeling a little better than before";
            case WORSE -> ", feeling worse than before";
            case SAME -> "";
        };
        return client + " seems **" + feeling + "** (" + strength + ")" + movement + ".";
    }

    /** The ephemeral answer to "💡 Suggestions": feedback on the last reply first, as the engine orders it. */
    static String suggestionsPanel(String emotionLine, List<Flag> flags, Suggestions suggestions) {
        StringBuilder sb = new StringBuilder();
        if (!flags.isEmpty()) {
            sb.append("**Feedback on your last reply**\n");
            flags.forEach(f -> sb.append(flag(f)).append('\n'));
            sb.append('\n');
        }
        sb.append("**How they seem:** ").append(emotionLine).append('\n');
        if (suggestions != null && suggestions.hasWatchOut()) {
            sb.append("\n⚠️ **Watch out:** ").append(suggestions.watchOut()).append('\n');
        }
        if (suggestions != null && !suggestions.items().isEmpty()) {
            sb.append("\n**You could try**\n");
            for (Suggestion s : suggestions.items()) {
                sb.append("• *").append(s.kind().label()).append(":* ").append(s.text()).append('\n');
            }
            sb.append("-# Use one, change it, or write your own.");
        }
        return sb.toString().strip();
    }

    static String flag(Flag f) {
        return "⚠ **" + capitalised(f.kind().label()) + "** — you wrote “" + f.quote() + "”. " + f.why()
                + "\n  ↳ *Instead:* " + f.better();
    }

    /**
     * One member's detailed feedback. In a group session their own replies come first, then the rest of
     * the group's, each under its author's name; otherwise the flags are simply theirs. Someone who wrote
     * no reply (the facilitator, a member who only watched) is told they observed.
     */
    static String feedbackPanel(Debrief.MemberFlags flags) {
        if (flags.isEmpty()) {
            return flags.replied()
                    ? "**Your feedback** — nothing was flagged in this session. Look at the debrief numbers for what "
                    + "to build on next time."
                    : "**Your feedback** — you wrote no replies, and nothing was flagged in this session.";
        }
        if (flags.others().isEmpty()) {
            StringBuilder sb = new StringBuilder("**Your feedback** (" + flags.own().size() + ")\n");
            flags.own().forEach(f -> appendFlag(sb, f, "You"));
            return sb.toString().strip();
        }
        if (!flags.replied()) {
            StringBuilder sb = new StringBuilder("**Feedback on the group's replies** (" + flags.others().size()
                    + ")\nYou observed this session; here is what was flagged on the group's replies.\n");
            flags.others().forEach(f -> appendFlag(sb, f, f.author().displayName()));
            return sb.toString().strip();
        }
        StringBuilder sb = new StringBuilder("**Your feedback** — " + flags.own().size() + " on your replies, "
                + flags.others().size() + " on the rest of the group's\n\n__Your turns__\n");
        if (flags.own().isEmpty()) {
            sb.append("Nothing was flagged on your replies.\n");
        }
        flags.own().forEach(f -> appendFlag(sb, f, "You"));
        sb.append("\n__The group's turns__\n");
        flags.others().forEach(f -> appendFlag(sb, f, f.author().displayName()));
        return sb.toString().strip();
    }

    private static void appendFlag(StringBuilder sb, Debrief.DebriefFlag f, String writer) {
        sb.append("\n**Turn ").append(f.turn()).append(" · ").append(capitalised(f.kind().replace('_', ' ')))
                .append("**\n").append(writer).append(" wrote “").append(f.quote()).append("”. ").append(f.why())
                .append("\n↳ *Instead:* ").append(f.better()).append('\n');
    }

    /** The embed's fields: key numbers only, nothing quoted from the conversation. */
    static List<String[]> debriefFields(Debrief d) {
        return List.of(
                new String[]{"Turns", Integer.toString(d.turns())},
                new String[]{"Reflections : questions", d.reflections() + " : " + d.questions()
                        + ratio(d.reflectionToQuestion())},
                new String[]{"Open : closed questions", d.openQuestions() + " : " + d.closedQuestions()},
                new String[]{"Story shared", d.layersDisclosed() + " of " + d.layersTotal() + " layers"
                        + (d.coreReached() ? " · core reached" : "")},
                new String[]{"Feedback points", Integer.toString(d.flags().size())},
                new String[]{"Suggestions used / edited / ignored", d.uptake().used() + " / " + d.uptake().edited()
                        + " / " + d.uptake().ignored()},
                new String[]{"Retries", Integer.toString(d.retries())});
    }

    static String debriefFooter() {
        return "Aim for about two reflections per question. Press " + FEEDBACK_LABEL
                + " for the detailed feedback (only you see it).";
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

    private static String ratio(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, " (%.1f)", value);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
