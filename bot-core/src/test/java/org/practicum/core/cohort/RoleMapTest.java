package org.practicum.core.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practicum.core.config.Settings;
import org.practicum.core.session.Participant;

class RoleMapTest {

    private static final Path FILE = Path.of("..", "config", "application.yaml");

    @Test
    void the_shipped_configuration_makes_holders_of_the_facilitators_and_reviewers_roles_what_they_say() {
        RoleMap roles = RoleMap.fromSettings(Settings.load(FILE, Map.of()));
        Participant p = new Participant("u1", "Sam");
        assertEquals(Set.of(Role.TRAINEE), roles.rolesOf(p, List.of("Members")));
        assertEquals(Set.of(Role.TRAINEE, Role.FACILITATOR), roles.rolesOf(p, List.of("facilitators")));
        assertEquals(Set.of(Role.TRAINEE, Role.REVIEWER), roles.rolesOf(p, List.of("Reviewers")));
    }

    @Test
    void user_ids_from_the_environment_hold_roles_without_any_platform_role() {
        RoleMap roles = RoleMap.fromSettings(Settings.load(FILE, Map.of("PRACTICUM_COHORTS_FACILITATORS", "u1, u2",
                "PRACTICUM_COHORTS_REVIEWERS", "u3")));
        assertEquals(Set.of(Role.TRAINEE, Role.FACILITATOR), roles.rolesOf(new Participant("u2", null), List.of()));
        assertEquals(Set.of(Role.TRAINEE, Role.REVIEWER), roles.rolesOf(new Participant("u3", null), List.of()));
    }
}
