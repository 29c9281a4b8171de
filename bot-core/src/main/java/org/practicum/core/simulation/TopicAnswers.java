package org.practicum.core.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practicum.core.analysis.Understanding;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.ReactionKind;
import org.practicum.core.scenario.Scenario;

/** What a message asks or reflects about, and which line answers it: a topic, a person, a kind of question. */
final class TopicAnswers {

    private final LineScores scores;
    private final StoryProgress story;

    TopicAnswers(LineScores scores, StoryProgress story) {
        this.scores = scores;
        this.story = story;
    }

    /**
     * The answer about the first subject asked that has one; a person held off gives way to the rest
     * ("does Bex know how tired you are?" is told who knows once Bex's lines are said).
     */
    Optional<ClientDirective> answer(Turn t) {
        Optional<ClientDirective> heldOff = Optional.empty();
        for (Subject subject : subjects(t.scenario(), t.u())) {
            Optional<ClientDirective> answer = answerAbout(subject, t);
            if (answer.isPresent() && (!subject.aside() || answer.get().move() != ClientMove.DEFLECT_TOPIC)) {
                return answer;
            }
            heldOff = heldOff.or(() -> answer);
        }
        return heldOff;
    }

    /**
     * A reflection that fits earns a "yeah, exactly" and more about what it named ("maybe it's about your
     * family too" -> the family), or, when trust allows, the next part of the story; one that misses gets
     * a correction and more of what is already out.
     */
    ClientDirective reflected(Turn t) {
        ClientState s = t.s();
        if (!t.u().reflectionFits()) {
            return ClientDirective.of(ClientMove.ELABORATE, s.currentLayer(), scores.ranked(StoryLines.sayable(
                    StoryLines.ofLayer(t.scenario(), s.currentLayer()), s), t))
                    .withPreface(ReactionKind.CORRECTION);
        }
        ClientDirective more = answer(t).filter(d -> d.move() != ClientMove.DEFLECT_TOPIC)
                .orElseGet(() -> story.respond(t));
        // A first reply read as a reflection but about nothing of the story is a welcome ("you don't need to know what to say").
        boolean welcome = t.firstReply() && t.u().topics().isEmpty() && t.u().people().isEmpty();
        return welcome ? more : more.withPreface(ReactionKind.GOOD_REFLECTION);
    }

    /**
     * What the message asks about, in the order the answer looks for it: what kind of question it is (how
     * long, what helps: "what helps you come down after a shift?" asks about coping, not work), then the
     * people it names ("tell me about Bex" wants Bex), then its other topics.
     */
    private static List<Subject> subjects(Scenario scenario, Understanding u) {
        List<Subject> out = new ArrayList<>();
        u.topics().stream().filter(LineScores.FRAMES::contains).forEach(id -> out.add(Subject.topic(scenario, id)));
        u.people().forEach(id -> scenario.person(id).ifPresent(p -> out.add(Subject.person(scenario, p))));
        u.topics().stream().filter(id -> !LineScores.FRAMES.contains(id))
                .forEach(id -> out.add(Subject.topic(scenario, id)));
        return out;
    }

    /**
     * The answer to a question about a subject: a line about it from what is out; the next layer if it
     * holds the subject and trust allows; a deflection about it when it lives deeper than trust allows.
     * Empty when there is nothing left to say about it.
     */
    private Optional<ClientDirective> answerAbout(Subject subject, Turn t) {
        Scenario scenario = t.scenario();
        ClientState s = t.s();
        String topic = subject.topic();
        List<Line> open = scores.answering(subject.of(StoryLines.open(scenario, s)), t);
        int next = s.disclosedLayers();
        List<Line> coming = StoryProgress.canDisclose(scenario, s)
                ? scores.answering(subject.of(StoryLines.sayable(scenario.layer(next).disclose(), s)), t)
                : List.of();
        if (!coming.isEmpty() && (open.isEmpty() || scores.answers(t, coming.get(0)) > scores.answers(t, open.get(0)))) {
            return Optional.of(ClientDirective.of(ClientMove.DISCLOSE, next, coming).about(topic));
        }
        if (!open.isEmpty()) {
            int layer = Math.max(0, StoryLines.layerOf(scenario, open.get(0)));
            return Optional.of(ClientDirective.of(ClientMove.ELABORATE, layer,
                    LineScores.sameLayer(scenario, open, layer)).about(topic));
        }
        List<Line> deflect = StoryLines.sayable(subject.deflect(), s);
        // The subject is told in the next layer's detail: open that layer, unless the person has words to hold it off.
        if (deflect.isEmpty() && next < scenario.layers().size()
                && !subject.of(StoryLines.sayable(StoryLines.ofLayer(scenario, next), s)).isEmpty()
                && StoryProgress.canDisclose(scenario, s)) {
            return Optional.of(ClientDirective.of(ClientMove.DISCLOSE, next,
                    scores.ranked(StoryLines.sayable(scenario.layer(next).disclose(), s), t)).about(topic));
        }
        boolean deeper = false;
        for (int i = next; i < scenario.layers().size(); i++) {
            deeper |= !subject.of(StoryLines.ofLayer(scenario, i)).isEmpty();
        }
        if (deeper && deflect.isEmpty()) {
            deflect = scenario.reaction(ReactionKind.DEFLECT);
        }
        if (deeper || !deflect.isEmpty() && !saidAbout(subject, scenario, s)) {
            return Optional.of(ClientDirective.of(ClientMove.DEFLECT_TOPIC, s.currentLayer(), deflect).about(topic));
        }
        return Optional.empty();
    }

    /** The client has already said something about the subject (so a deflection now would contradict it). */
    private static boolean saidAbout(Subject subject, Scenario scenario, ClientState s) {
        return subject.of(scenario.allLines()).stream().anyMatch(l -> s.usedLines().contains(l.text()));
    }
}
