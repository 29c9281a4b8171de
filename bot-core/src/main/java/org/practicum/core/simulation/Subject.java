package org.practicum.core.simulation;

import java.util.List;
import java.util.function.Predicate;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Person;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.scenario.Topic;

/**
 * What a question is about, as the client answers it: which lines speak to it and the person's words
 * for holding it off when it lives deeper than trust allows.
 *
 * @param topic   the topic the answer is tagged with (a person's topic, or null)
 * @param covers  the lines that answer it
 * @param deflect in-character ways of not getting into it yet
 * @param aside   held off, it gives way to an answer about the rest of the message (a person named in
 *                passing); a topic held off is the answer ("i don't really want to get into the family stuff")
 */
record Subject(String topic, Predicate<Line> covers, List<Line> deflect, boolean aside) {

    static Subject topic(Scenario scenario, String id) {
        Topic topic = scenario.topics().get(id);
        return new Subject(id, l -> l.isAbout(id), topic == null ? List.of() : topic.deflect(), false);
    }

    /** A person asked about: the lines about them (ranked by what else the message asks), their topic's deflection. */
    static Subject person(Scenario scenario, Person person) {
        List<Line> deflect = person.topic() == null ? List.of() : topic(scenario, person.topic()).deflect();
        return new Subject(person.topic(), l -> l.refers().contains(person.id()), deflect, true);
    }

    List<Line> of(List<Line> lines) {
        return lines.stream().filter(covers).toList();
    }
}
