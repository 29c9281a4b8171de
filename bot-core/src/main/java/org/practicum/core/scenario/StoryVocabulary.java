package org.practicum.core.scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practicum.core.text.PhraseSet;

/**
 * The words of one scenario's story: which topics and people a piece of text is about. A client line is
 * read with the words people say ("awake till four": sleep), a trainee's message with the words people
 * ask with too ("how long has it been?": duration). Immutable and thread-safe.
 */
public final class StoryVocabulary {

    private final Map<String, PhraseSet> said = new LinkedHashMap<>();
    private final Map<String, PhraseSet> asked = new LinkedHashMap<>();
    private final Map<String, PhraseSet> personWords = new LinkedHashMap<>();
    private final Map<String, PhraseSet> personIntros = new LinkedHashMap<>();
    private final Map<String, PhraseSet> personAsked = new LinkedHashMap<>();
    private final Map<String, String> personTopics = new LinkedHashMap<>();

    /** @param topicWords each topic's own words (built-in topics: those the scenario adds) */
    public StoryVocabulary(Map<String, List<String>> topicWords, List<Person> people) {
        Set<String> ids = new LinkedHashSet<>(BuiltInTopics.ids());
        ids.addAll(topicWords.keySet());
        for (String id : ids) {
            List<String> own = topicWords.getOrDefault(id, List.of());
            List<String> saidWords = new ArrayList<>(own);
            List<String> askedWords = new ArrayList<>(own);
            if (BuiltInTopics.isBuiltIn(id)) {
                saidWords.addAll(BuiltInTopics.words(id).said());
                askedWords.addAll(BuiltInTopics.words(id).asked());
            }
            said.put(id, PhraseSet.of(saidWords));
            asked.put(id, PhraseSet.of(askedWords));
        }
        for (Person p : people) {
            personWords.put(p.id(), PhraseSet.of(p.words()));
            personAsked.put(p.id(), PhraseSet.of(askedAs(p)));
            personIntros.put(p.id(), PhraseSet.of(p.intro()));
            if (p.topic() != null) {
                personTopics.put(p.id(), p.topic());
            }
        }
    }

    /** An empty vocabulary over the built-in topics only. */
    public static StoryVocabulary builtIn() {
        return new StoryVocabulary(Map.of(), List.of());
    }

    /** The topics a client's line is about, by its words and the people it mentions. */
    public Set<String> topicsSaidIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        said.forEach((id, words) -> {
            if (words.foundIn(text)) {
                out.add(id);
            }
        });
        peopleIn(text).forEach(p -> {
            if (personTopics.containsKey(p)) {
                out.add(personTopics.get(p));
            }
        });
        return out;
    }

    /**
     * The topics a trainee's message asks or talks about, the one named first first ("how long have you
     * not been sleeping?" is about duration, then sleep).
     */
    public List<String> topicsAskedIn(String text) {
        Map<String, Integer> at = new LinkedHashMap<>();
        asked.forEach((id, words) -> {
            int index = words.firstIndexIn(text);
            if (index >= 0) {
                at.put(id, index);
            }
        });
        personAsked.forEach((person, words) -> {
            int index = words.firstIndexIn(text);
            String topic = personTopics.get(person);
            if (index >= 0 && topic != null) {
                at.merge(topic, index, Math::min);
            }
        });
        List<String> ordered = new ArrayList<>(at.keySet());
        // Named first comes first; where a word shows two topics, the scenario's own is the more specific.
        ordered.sort(Comparator.comparing((String id) -> at.get(id)).thenComparing(BuiltInTopics::isBuiltIn));
        return ordered;
    }

    /** Ids of the people a text mentions by one of their words. */
    public Set<String> peopleIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        personWords.forEach((id, words) -> {
            if (words.foundIn(text)) {
                out.add(id);
            }
        });
        return out;
    }

    /**
     * Ids of the people a trainee's message asks about: by one of their words, or by how the client
     * introduced them said back ("my manager" -> "your manager").
     */
    public Set<String> peopleAskedIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        personAsked.forEach((id, words) -> {
            if (words.foundIn(text)) {
                out.add(id);
            }
        });
        return out;
    }

    private static List<String> askedAs(Person p) {
        List<String> asked = new ArrayList<>(p.words());
        for (String intro : p.intro()) {
            String said = PhraseSet.normalise(intro);
            if (said.startsWith("my ") || said.startsWith("our ")) {
                asked.add("your " + said.substring(said.indexOf(' ') + 1));
            }
        }
        return asked;
    }

    /** Ids of the people a text introduces with one of their intro phrases. */
    public Set<String> introducedIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        personIntros.forEach((id, intro) -> {
            if (intro.foundIn(text)) {
                out.add(id);
            }
        });
        return out;
    }

    public Set<String> topicIds() {
        return said.keySet();
    }
}
