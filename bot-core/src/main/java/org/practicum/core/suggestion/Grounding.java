package org.practicum.core.suggestion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practicum.core.scenario.Layer;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Person;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.text.Sentences;

/**
 * Whether a suggestion keeps to what the trainee can know: the client's words so far and the scenario
 * card (title, presenting problem, first name). A word of the story the client has not said yet — a
 * person's name, a place, a fact from a layer still held back — is a leak. Words the suggestion
 * templates use themselves are everyday words, not the story's.
 */
public final class Grounding {

    /** A capitalised word that does not start a sentence (and is not "I"). */
    private static final Pattern MID_SENTENCE_CAPITAL = Pattern.compile("(?<![.!?…]\\s)(?<!^)\\b(?!I\\b)(\\p{Lu}[\\p{L}']+)");

    private final Set<String> everyday;

    /** @param templates the wording suggestions are built from (its words are never a leak) */
    public Grounding(List<String> templates) {
        Set<String> words = new LinkedHashSet<>();
        templates.forEach(t -> words.addAll(Sentences.words(t)));
        this.everyday = Set.copyOf(words);
    }

    /** The words of {@code suggestion} that only the untold story could have given it. */
    public Set<String> leaks(String suggestion, Scenario scenario, List<String> clientSaid) {
        Set<String> known = new LinkedHashSet<>(everyday);
        clientSaid.forEach(s -> known.addAll(Sentences.words(s)));
        known.addAll(Sentences.words(scenario.title() + " " + scenario.presentingProblem() + " "
                + scenario.persona().firstName()));
        Set<String> story = storyWords(scenario);
        Set<String> leaks = new LinkedHashSet<>();
        for (String word : Sentences.words(suggestion)) {
            if (story.contains(word) && !known.contains(word) && (word.length() >= 4 || isName(word, scenario))) {
                leaks.add(word);
            }
        }
        return leaks;
    }

    /**
     * The names, places and dates of the untold story in {@code text}: the leaks a freely written
     * suggestion (a model's) can be held to, whose everyday words no template list could cover.
     */
    public Set<String> nameLeaks(String text, Scenario scenario, List<String> clientSaid) {
        Set<String> known = new LinkedHashSet<>();
        clientSaid.forEach(s -> known.addAll(Sentences.words(s)));
        known.addAll(Sentences.words(scenario.title() + " " + scenario.presentingProblem() + " "
                + scenario.persona().firstName()));
        Set<String> names = properWords(scenario);
        Set<String> leaks = new LinkedHashSet<>();
        for (String word : Sentences.words(text)) {
            if (names.contains(word) && !known.contains(word)) {
                leaks.add(word);
            }
        }
        return leaks;
    }

    /** Words the story spells with a capital inside a sentence (names, places, months), and people's names. */
    private static Set<String> properWords(Scenario scenario) {
        Set<String> words = new LinkedHashSet<>();
        for (Person p : scenario.people()) {
            words.addAll(Sentences.words(p.name() == null ? "" : p.name()));
        }
        List<String> texts = new ArrayList<>(List.of(scenario.persona().background()));
        scenario.allLines().forEach(l -> texts.add(l.text()));
        for (String text : texts) {
            Matcher m = MID_SENTENCE_CAPITAL.matcher(text);
            while (m.find()) {
                words.add(m.group(1).toLowerCase(Locale.ROOT));
            }
        }
        words.removeAll(Sentences.words(scenario.persona().firstName()));
        return words;
    }

    private static boolean isName(String word, Scenario scenario) {
        return scenario.people().stream().anyMatch(p -> p.name() != null && Sentences.words(p.name()).contains(word));
    }

    /** Everything the story holds: the background, the people, every layer's lines and gist. */
    private static Set<String> storyWords(Scenario scenario) {
        Set<String> words = new LinkedHashSet<>(Sentences.words(scenario.persona().background()));
        for (Person p : scenario.people()) {
            words.addAll(Sentences.words((p.name() == null ? "" : p.name()) + " " + String.join(" ", p.words())));
        }
        for (Layer layer : scenario.layers()) {
            words.addAll(Sentences.words(layer.gist() + " " + layer.feeling()));
        }
        for (Line line : scenario.allLines()) {
            words.addAll(Sentences.words(line.text()));
        }
        return words;
    }
}
