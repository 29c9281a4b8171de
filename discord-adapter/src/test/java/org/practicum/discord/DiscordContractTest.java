package org.practicum.discord;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.practicum.core.programme.Programme;
import org.practicum.core.review.ReplyJudgement;
import org.practicum.core.session.Session;
import org.practicum.core.testing.ChatPlatformContract;
import org.practicum.core.testing.PlatformUnderTest;

/** The platform contract on Discord: real JDA against the loopback Discord. */
class DiscordContractTest extends ChatPlatformContract {

    @Override
    protected PlatformUnderTest start(Path dir) throws Exception {
        return new DiscordUnderTest(dir);
    }

    /** Practicum on the fake Discord server, where the facilitator holds the server's Facilitator role. */
    static final class DiscordUnderTest implements PlatformUnderTest {

        private static final String SCENARIO = "exam-stress";
        private static final int MODAL = 9;

        private final Map<Member, FakeDiscord.Person> people = new EnumMap<>(Map.of(
                Member.FACILITATOR, new FakeDiscord.Person("200000000000000010", "Fran", true),
                Member.REVIEWER, new FakeDiscord.Person("200000000000000011", "Rae", false),
                Member.TRAINEE, new FakeDiscord.Person("200000000000000012", "Robin", false),
                Member.SECOND_TRAINEE, new FakeDiscord.Person("200000000000000014", "Kim", false),
                Member.STRANGER, new FakeDiscord.Person("200000000000000013", "Sam", false)));
        private final FakeDiscord discord;
        private final TestEngine engine;
        private final DiscordPlatform bot;

        DiscordUnderTest(Path dir) throws Exception {
            discord = new FakeDiscord();
            Map<String, String> settings = new HashMap<>(discord.settings());
            settings.put("PRACTICUM_COHORTS_FACILITATOR_ROLES", "Facilitator");
            engine = new TestEngine(dir, settings);
            bot = new DiscordPlatform(engine.context("test-token"), Map.of());
            bot.start();
        }

        @Override
        public String id(Member member) {
            return people.get(member).id();
        }

        @Override
        public String shownName(Member member) {
            return people.get(member).name();
        }

        @Override
        public void cohort(List<Member> trainees, List<Member> reviewers) throws Exception {
            privateAnswer(Member.FACILITATOR, FakeDiscord.CHANNEL, "cohort-create", Map.of("name", "Spring"));
            for (Member trainee : trainees) {
                enrol(trainee, "trainee");
            }
            for (Member reviewer : reviewers) {
                enrol(reviewer, "reviewer");
            }
        }

        private void enrol(Member member, String role) throws InterruptedException {
            privateAnswer(Member.FACILITATOR, FakeDiscord.CHANNEL, "cohort-enrol",
                    Map.of("cohort", "Spring", "user", people.get(member), "role", role));
        }

        @Override
        public String startPrivate(Member trainee) throws Exception {
            return start(trainee, Map.of("scenario", SCENARIO));
        }

        @Override
        public String startGroup() throws Exception {
            return start(Member.FACILITATOR, Map.of("scenario", SCENARIO, "group", true));
        }

        private String start(Member who, Map<String, Object> options) throws InterruptedException {
            discord.slashCommand(people.get(who), FakeDiscord.CHANNEL, "start", options);
            String thread = discord.onlyThread();
            discord.awaitAll("POST", "channels/" + thread + "/messages", c -> true, 2);
            return thread;
        }

        @Override
        public String join(Member member, String thread) throws Exception {
            String button = ComponentId.join(session(thread).id()).encode();
            String click = discord.click(people.get(member), discord.postedId(thread, 0), button);
            // Deferred privately first: enrolling may wait for a turn in progress.
            FakeDiscord.Call answer = discord.awaitFollowUp(click);
            assertTrue(discord.ephemeral(answer), "the join answer must be private: " + answer);
            return answer.body().path("content").asText();
        }

        @Override
        public String say(Member member, String thread, String text) {
            return discord.message(people.get(member), thread, text);
        }

        @Override
        public void awaitTurn(String thread, int turn) throws Exception {
            String button = ComponentId.suggestions(session(thread).id(), turn).encode();
            // The client's line is posted first; its suggestions button is added once the coaching is made.
            discord.await("PATCH", "channels/" + thread + "/messages/\\d+", c -> c.body().toString().contains(button));
        }

        @Override
        public void settle() throws InterruptedException {
            Thread.sleep(500);
        }

        @Override
        public String coaching(Member member, String thread) throws Exception {
            int turn = session(thread).lastActive().orElseThrow().turn();
            String button = ComponentId.suggestions(session(thread).id(), turn).encode();
            for (int i = discord.posted(thread).size() - 1; i >= 0; i--) {
                String id = discord.postedId(thread, i);
                if (discord.current(id).toString().contains(button)) {
                    String click = discord.click(people.get(member), id, button);
                    return discord.response(click).body().path("data").path("content").asText();
                }
            }
            throw new AssertionError("no client message of turn " + turn);
        }

        @Override
        public void end(Member member, String thread) throws Exception {
            discord.response(discord.slashCommand(people.get(member), thread, "end", Map.of()));
            settle();
        }

        @Override
        public String privateFeedback(Member member, String thread) throws Exception {
            String button = ComponentId.feedback(session(thread).id()).encode();
            discord.await("POST", "channels/" + thread + "/messages", c -> c.body().toString().contains(button));
            List<JsonNode> posted = discord.posted(thread);
            int debrief = IntStream.range(0, posted.size()).filter(i -> posted.get(i).toString().contains(button))
                    .findFirst().orElseThrow();
            int before = discord.calls("POST", "webhooks/.+").size();
            discord.click(people.get(member), discord.postedId(thread, debrief), button);
            discord.awaitAll("POST", "webhooks/.+", c -> true, before + 1);
            settle(); // the rest of the pieces follow the first
            List<FakeDiscord.Call> after = discord.calls("POST", "webhooks/.+");
            return String.join("\n", after.subList(before, after.size()).stream()
                    .map(c -> c.body().path("content").asText()).toList());
        }

        @Override
        public List<String> publicPosts(String thread) {
            List<String> out = new ArrayList<>();
            discord.posted(thread).forEach(m -> out.add(m.toString()));
            discord.posted(FakeDiscord.CHANNEL).forEach(m -> out.add(m.toString()));
            return out;
        }

        @Override
        public String review(Member member, String thread, String message, ReplyJudgement judgement)
                throws Exception {
            FakeDiscord.Person who = people.get(member);
            JsonNode answer = discord.response(discord.messageCommand(who, thread, message,
                    ProgrammeCommands.REVIEW_MENU)).body();
            if (answer.path("type").asInt() != MODAL) {
                return answer.path("data").path("content").asText();
            }
            String saved = discord.submitModal(who, thread, answer.path("data").path("custom_id").asText(),
                    filledIn(judgement));
            return discord.response(saved).body().path("data").path("content").asText();
        }

        /** The review form's fields as a reviewer fills them in to say {@code judgement}. */
        private static List<ObjectNode> filledIn(ReplyJudgement judgement) {
            List<ObjectNode> fields = new ArrayList<>();
            judgement.verdicts().forEach((kind, verdict) ->
                    fields.add(FakeDiscord.chosen(ReviewForm.FLAG_PREFIX + kind, verdict.id())));
            fields.add(FakeDiscord.typed(ReviewForm.NOTE, judgement.note()));
            if (!judgement.missedKind().isEmpty()) {
                fields.add(FakeDiscord.picked(ReviewForm.MISSED, judgement.missedKind()));
                fields.add(FakeDiscord.typed(ReviewForm.MISSED_NOTE, judgement.missedNote()));
            }
            return fields;
        }

        @Override
        public void finishReview(Member member, String thread, String summary) throws Exception {
            privateAnswer(member, thread, "review-done", Map.of("summary", summary));
        }

        @Override
        public List<String> directMessages(Member member, int atLeast) throws Exception {
            String dm = "channels/" + FakeDiscord.dmChannel(id(member)) + "/messages";
            if (atLeast > 0) {
                discord.awaitAll("POST", dm, c -> true, atLeast);
            }
            settle();
            return discord.calls("POST", dm).stream().map(c -> c.body().path("content").asText()).toList();
        }

        @Override
        public Session session(String thread) {
            return engine.engine().findByThread(Practice.PLATFORM, thread).orElseThrow();
        }

        @Override
        public Programme programme() {
            return engine.programme();
        }

        /** Runs a deferred subcommand and returns the private follow-up it sent. */
        private String privateAnswer(Member member, String channel, String subcommand, Map<String, Object> options)
                throws InterruptedException {
            int before = discord.calls("POST", "webhooks/.+").size();
            discord.slashCommand(people.get(member), channel, subcommand, options);
            return discord.awaitAll("POST", "webhooks/.+", c -> true, before + 1).get(before).body().path("content")
                    .asText();
        }

        @Override
        public void close() throws Exception {
            bot.close();
            engine.close();
            discord.close();
        }
    }
}
