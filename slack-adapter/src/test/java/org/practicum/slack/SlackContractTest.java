package org.practicum.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicum.core.programme.Programme;
import org.practicum.core.session.Session;
import org.practicum.core.storage.Json;
import org.practicum.core.testing.ChatPlatformContract;
import org.practicum.core.testing.PlatformUnderTest;

/** The platform contract on Slack: Bolt against the loopback Web API, with signed requests. */
class SlackContractTest extends ChatPlatformContract {

    @Override
    protected PlatformUnderTest start(Path dir) throws Exception {
        return new SlackUnderTest(dir);
    }

    /** Practicum in a fake Slack workspace, where the facilitator is a configured one. */
    static final class SlackUnderTest implements PlatformUnderTest {

        private final FakeSlackApi slack;
        private final SlackHarness practicum;

        SlackUnderTest(Path dir) throws Exception {
            slack = new FakeSlackApi();
            practicum = new SlackHarness(dir, slack, SlackHarness.settings(slack, Optional.empty(),
                    List.of(id(Member.FACILITATOR))));
        }

        @Override
        public String id(Member member) {
            return switch (member) {
                case FACILITATOR -> "UFAC";
                case REVIEWER -> "URAE";
                case TRAINEE -> "UTRAINEE";
                case SECOND_TRAINEE -> "UKIM";
                case STRANGER -> "UOTHER";
            };
        }

        @Override
        public String shownName(Member member) {
            return Mrkdwn.mention(id(member));
        }

        @Override
        public void cohort(List<Member> trainees, List<Member> reviewers) throws Exception {
            String created = practicum.command(id(Member.FACILITATOR), "cohort create Spring");
            Matcher cohort = Pattern.compile("id `(c-[a-z0-9]+)`").matcher(created);
            assertTrue(cohort.find(), created);
            for (Member trainee : trainees) {
                practicum.command(id(Member.FACILITATOR), "cohort enrol " + cohort.group(1) + " <@" + id(trainee)
                        + "> trainee");
            }
            for (Member reviewer : reviewers) {
                practicum.command(id(Member.FACILITATOR), "cohort enrol " + cohort.group(1) + " <@" + id(reviewer)
                        + "> reviewer");
            }
        }

        @Override
        public String startPrivate(Member trainee) throws Exception {
            String card = practicum.startSession(id(trainee), SlackHarness.SCENARIO);
            practicum.awaitClientLine(card, 1);
            return card;
        }

        @Override
        public String startGroup() throws Exception {
            String card = practicum.startSession(id(Member.FACILITATOR), SlackHarness.SCENARIO + " group");
            practicum.awaitClientLine(card, 1);
            return card;
        }

        @Override
        public String join(Member member, String thread) throws Exception {
            int before = slack.calls("chat.postEphemeral").size();
            practicum.click(id(member), thread, ActionIds.JOIN, "");
            settle();
            return lastPrivateText(member, before);
        }

        @Override
        public String say(Member member, String thread, String text) throws Exception {
            return practicum.post(id(member), thread, text);
        }

        @Override
        public void awaitTurn(String thread, int turn) throws Exception {
            slack.await("chat.postMessage", c -> practicum.clientLines(thread).size() > turn
                    || c.visible().contains("Debrief"));
        }

        @Override
        public void settle() {
            FakeSlackApi.settle();
        }

        @Override
        public String coaching(Member member, String thread) throws Exception {
            settle();
            List<FakeSlackApi.Call> panels = slack.calls("chat.postEphemeral").stream()
                    .filter(c -> c.param("user").equals(id(member)) && c.param("thread_ts").equals(thread)
                            && c.param("blocks").contains(ActionIds.RETRY))
                    .toList();
            return panels.isEmpty() ? "" : shown(panels.get(panels.size() - 1));
        }

        @Override
        public void end(Member member, String thread) throws Exception {
            practicum.click(id(member), thread, ActionIds.END, "");
            settle();
        }

        @Override
        public String privateFeedback(Member member, String thread) throws Exception {
            // the debrief (with its chart) can take longer than a settle on a busy machine
            slack.await("chat.postEphemeral", c -> c.param("user").equals(id(member)) && SlackHarness.isFeedback(c));
            settle();
            List<String> parts = new ArrayList<>();
            for (FakeSlackApi.Call c : slack.calls("chat.postEphemeral")) {
                if (c.param("user").equals(id(member)) && SlackHarness.isFeedback(c)) {
                    parts.add(shown(c));
                }
            }
            return String.join("\n", parts);
        }

        @Override
        public List<String> publicPosts(String thread) {
            return slack.calls("chat.postMessage").stream()
                    .filter(c -> c.param("channel").equals(SlackHarness.CHANNEL)).map(FakeSlackApi.Call::visible)
                    .toList();
        }

        @Override
        public String review(Member member, String thread, String message, String note, boolean agree)
                throws Exception {
            int before = slack.calls("chat.postEphemeral").size();
            int forms = slack.calls("views.open").size();
            practicum.run(practicum.requests.shortcut(id(member), SlackHarness.CHANNEL, message, thread,
                    SlackProgramme.REVIEW_SHORTCUT));
            settle();
            if (slack.calls("views.open").size() == forms) {
                return lastPrivateText(member, before);
            }
            String saved = practicum.run(practicum.requests.viewSubmission(id(member), SlackProgramme.REVIEW_VIEW,
                    session(thread).id() + "|" + message, Map.of(SlackProgramme.NOTE, note,
                            SlackProgramme.VERDICT, agree ? "agree" : "disagree"))).getBody();
            return saved == null ? "" : saved;
        }

        @Override
        public void finishReview(Member member, String thread, String summary) throws Exception {
            practicum.command(id(member), "review done " + session(thread).id() + " " + summary);
        }

        @Override
        public List<String> directMessages(Member member, int atLeast) throws Exception {
            if (atLeast > 0) {
                slack.await("chat.postMessage", c -> c.param("channel").equals(id(member)));
            }
            settle();
            return slack.calls("chat.postMessage").stream().filter(c -> c.param("channel").equals(id(member)))
                    .map(c -> c.param("text")).toList();
        }

        @Override
        public Session session(String thread) {
            return practicum.engine.engine().findByThread("slack", SlackHarness.CHANNEL + "/" + thread)
                    .orElseThrow();
        }

        @Override
        public Programme programme() {
            return practicum.engine.programme();
        }

        /** The text of the newest ephemeral message sent to {@code member} after the first {@code before}. */
        private String lastPrivateText(Member member, int before) {
            List<FakeSlackApi.Call> after = slack.calls("chat.postEphemeral");
            List<FakeSlackApi.Call> theirs = after.subList(before, after.size()).stream()
                    .filter(c -> c.param("user").equals(id(member))).toList();
            return theirs.isEmpty() ? "" : theirs.get(theirs.size() - 1).param("text");
        }

        /** A message as Slack shows it: its sections' text, or its text when it has no blocks. */
        private static String shown(FakeSlackApi.Call message) throws Exception {
            if (message.param("blocks").isEmpty()) {
                return message.param("text");
            }
            StringBuilder text = new StringBuilder();
            Json.mapper().readTree(message.param("blocks")).forEach(b -> text.append(b.path("text").path("text")
                    .asText()).append('\n'));
            return text.toString();
        }

        @Override
        public void close() {
            practicum.close();
            slack.close();
        }
    }
}
