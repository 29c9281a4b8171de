package org.practicum.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practicum.core.cue.CueKind;
import org.practicum.core.testing.Fixtures;

class ShippedScenariosTest {

    private final ScenarioCatalog catalog = Fixtures.scenarios();

    @Test
    void every_shipped_scenario_loads_and_validates() {
        assertEquals(List.of(), catalog.problems().stream().map(Exception::getMessage).toList());
        assertTrue(catalog.all().size() >= 10, "at least 10 scenarios ship, found " + catalog.all().size());
    }

    @Test
    void the_topics_a_trainer_expects_are_all_there() {
        Set<String> ids = catalog.all().stream().map(Scenario::id).collect(Collectors.toSet());
        for (String expected : List.of("exam-stress", "break-up", "bereavement", "job-loss-money", "lonely-after-move",
                "coming-out-family", "caregiver-burnout", "workplace-bullying", "told-to-talk")) {
            assertTrue(ids.contains(expected), "missing scenario " + expected);
        }
    }

    @Test
    void at_least_two_advanced_scenarios_hold_passive_ideation_in_a_deep_layer() {
        List<Scenario> advanced = catalog.all().stream().filter(s -> s.difficulty() == Difficulty.ADVANCED).toList();
        assertTrue(advanced.size() >= 2);
        for (Scenario s : advanced) {
            int core = s.coreIndex();
            boolean deepIdeation = s.layers().subList(core, s.layers().size()).stream()
                    .flatMap(l -> l.cues().stream()).anyMatch(c -> c.kind() == CueKind.IDEATION);
            assertTrue(deepIdeation, s.id() + " has no ideation cue at or below its core");
        }
    }

    @Test
    void scenarios_use_several_client_styles() {
        Set<ClientStyle> styles = EnumSet.noneOf(ClientStyle.class);
        catalog.all().forEach(s -> styles.add(s.style()));
        assertTrue(styles.size() >= 4, "only styles " + styles);
    }

    @Test
    void no_shipped_line_gives_method_or_means_detail() {
        var means = java.util.regex.Pattern.compile(
                "\\b(pills?|overdose|rope|hang(ing)?|bridge|jump(ing)? off|razor|blade|cut(ting)? (my|myself)|"
                        + "gun|noose|poison|tablets)\\b");
        for (Scenario s : catalog.all()) {
            for (Layer layer : s.layers()) {
                for (Cue cue : layer.cues()) {
                    for (Line line : concat(cue.lines(), cue.whenAsked())) {
                        assertTrue(!means.matcher(line.text().toLowerCase()).find(),
                                s.id() + " cue line mentions means: " + line.text());
                    }
                }
            }
        }
    }

    private static List<Line> concat(List<Line> a, List<Line> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
