package org.practicum.core.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.practicum.core.cohort.CohortWorld.FAY;
import static org.practicum.core.cohort.CohortWorld.OTTO;
import static org.practicum.core.cohort.CohortWorld.RAE;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.session.PracticeException;

/** Facilitators address a cohort by its name, whatever the case, as well as by its id. */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class CohortNamesTest extends CohortWorldTest {

    @Test
    void a_cohort_is_found_by_its_name_whatever_the_case_spacing_and_quotes_or_by_its_id() {
        for (String reference : List.of("Spring", "spring", " SPRING ", "\"Spring\"", "“spring”", world.spring.id())) {
            assertEquals(world.spring.id(), world.cohorts.find("guild-1", reference).id(), reference);
        }
    }

    @Test
    void a_second_cohort_of_the_same_name_in_a_community_is_refused_and_another_community_may_use_the_name() {
        PracticeException same = assertThrows(PracticeException.class,
                () -> world.cohorts.create(FAY, List.of("facilitators"), "SPRING ", "guild-1"));
        Cohort elsewhere = world.cohorts.create(FAY, List.of("facilitators"), "Spring", "guild-2");

        assertEquals("There is already a cohort called SPRING here; pick another name.", same.getMessage());
        assertEquals(PracticeException.Reason.INVALID_INPUT, same.reason());
        assertEquals(elsewhere.id(), world.cohorts.find("guild-2", "spring").id());
        assertEquals(world.spring.id(), world.cohorts.find("guild-1", "spring").id());
    }

    @Test
    void two_cohorts_of_one_name_created_at_once_are_one_cohort_because_the_store_decides() {
        CohortStore store = world.cohorts.store();
        Cohort first = new Cohort("c-aaaaaaaa", "Summer", "guild-1", FAY.id(), Instant.now(), List.of(), List.of());
        Cohort second = new Cohort("c-bbbbbbbb", "summer", "guild-1", FAY.id(), Instant.now(), List.of(), List.of());

        boolean kept = store.create(first);
        boolean refused = store.create(second);

        assertEquals(List.of(true, false), List.of(kept, refused));
        assertFalse(store.load(second.id()).isPresent(), "nothing of the refused cohort is stored");
    }

    @Test
    void a_name_that_names_no_cohort_here_is_refused_with_that_name() {
        PracticeException e = assertThrows(PracticeException.class, () -> world.cohorts.find("guild-2", "Spring"));
        assertEquals("There is no cohort called Spring here.", e.getMessage());
        assertThrows(PracticeException.class, () -> world.cohorts.create(FAY, List.of("facilitators"), "c-abcdefgh",
                "guild-1"), "a name that looks like an id");
    }

    @Test
    void a_person_is_offered_the_cohorts_of_this_community_where_they_hold_the_role_matching_what_they_typed() {
        world.cohorts.create(FAY, List.of("facilitators"), "Spring evening", "guild-1");
        world.cohorts.create(FAY, List.of("facilitators"), "Winter", "guild-1");
        world.cohorts.create(FAY, List.of("facilitators"), "Spring abroad", "guild-2");

        List<String> fays = names(world.cohorts.offered("guild-1", FAY, Set.of(Role.FACILITATOR), "SPR"));
        List<String> raes = names(world.cohorts.offered("guild-1", RAE, Set.of(Role.FACILITATOR, Role.REVIEWER), ""));
        List<String> ottos = names(world.cohorts.offered("guild-1", OTTO, Set.of(Role.FACILITATOR), ""));

        assertEquals(List.of("Spring", "Spring evening"), fays);
        assertEquals(List.of("Spring"), raes, "Rae reviews Spring only");
        assertEquals(List.of("Autumn"), ottos);
    }

    private static List<String> names(List<Cohort> cohorts) {
        return cohorts.stream().map(Cohort::name).toList();
    }
}
