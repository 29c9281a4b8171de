package org.practicum.slack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practicum.core.programme.Programme;
import org.practicum.core.review.ReplyJudgement;
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
            practicum.command(id(Member.FACILITATOR), "cohort create Spring");
            for (Member trainee : trainees) {
                practicum.command(id(Member.FACILITATOR), "cohort enrol Spring <@" + id(trainee) + "> trainee");
            }
            for (Member reviewer : reviewers) {
                practicum.command(id(Member.FACILITATOR), "cohort enrol Spring <@" + id(reviewer) + "> reviewer");
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
            // Paced behind the thread's other posts, the first part can take longer than a settle; the rest follow it.
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
        public String review(Member member, String thread, String message, ReplyJudgement judgement)
                throws Exception {
            int before = slack.calls("chat.postEphemeral").size();
            int forms = slack.calls("views.open").size();
            practicum.run(practicum.requests.shortcut(id(member), SlackHarness.CHANNEL, message, thread,
                    SlackProgramme.REVIEW_SHORTCUT));
            settle();
            if (slack.calls("views.open").size() == forms) {
                return lastPrivateText(member, before);
            }
            String form = Json.mapper().readTree(slack.calls("views.open").get(forms).param("view"))
                    .path("private_metadata").asText();
            String saved = practicum.run(practicum.requests.viewSubmission(id(member), ReviewModal.CALLBACK, form,
                    filledIn(judgement))).getBody();
            settle();
            return saved == null || saved.isEmpty() ? lastPrivateText(member, before) : saved;
        }

        /** The review modal's inputs as a reviewer fills them in to say {@code judgement}. */
        private static List<String> filledIn(ReplyJudgement judgement) {
            List<String> inputs = new ArrayList<>();
            judgement.verdicts().forEach((kind, verdict) -> inputs.add(SignedRequests.chosen(
                    ReviewModal.FLAG_PREFIX + kind, ReviewModal.VERDICT, "radio_buttons", verdict.id())));
            inputs.add(SignedRequests.typed(ReviewModal.NOTE, ReviewModal.NOTE, judgement.note()));
            if (!judgement.missedKind().isEmpty()) {
                inputs.add(SignedRequests.chosen(ReviewModal.MISSED, ReviewModal.MISSED, "static_select",
                        judgement.missedKind()));
                inputs.add(SignedRequests.typed(ReviewModal.MISSED_NOTE, ReviewModal.MISSED_NOTE,
                        judgement.missedNote()));
            }
            return inputs;
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
