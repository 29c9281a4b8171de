package org.practicum.core.cohort;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.practicum.core.config.Settings;
import org.practicum.core.session.Participant;

/**
 * Who holds a role across the whole community, from configuration: listed user ids, or a platform role
 * (Discord role, Slack user group) by name. Everyone is a trainee. Only a facilitator here may create a
 * cohort; inside a cohort, its own member list decides who facilitates and who reviews.
 */
public record RoleMap(Set<String> facilitatorIds, Set<String> facilitatorRoles, Set<String> reviewerIds,
                      Set<String> reviewerRoles) {

    public RoleMap {
        facilitatorIds = Set.copyOf(facilitatorIds);
        facilitatorRoles = lower(facilitatorRoles);
        reviewerIds = Set.copyOf(reviewerIds);
        reviewerRoles = lower(reviewerRoles);
    }

    public static RoleMap fromSettings(Settings settings) {
        return new RoleMap(Set.copyOf(settings.strings("cohorts.facilitators")),
                Set.copyOf(settings.strings("cohorts.facilitator-roles")),
                Set.copyOf(settings.strings("cohorts.reviewers")), Set.copyOf(settings.strings("cohorts.reviewer-roles")));
    }

    /** The community-wide roles of a person holding these platform roles (names, any case). */
    public Set<Role> rolesOf(Participant person, List<String> platformRoles) {
        Set<String> held = lower(Set.copyOf(platformRoles));
        EnumSet<Role> roles = EnumSet.of(Role.TRAINEE);
        if (facilitatorIds.contains(person.id()) || held.stream().anyMatch(facilitatorRoles::contains)) {
            roles.add(Role.FACILITATOR);
        }
        if (reviewerIds.contains(person.id()) || held.stream().anyMatch(reviewerRoles::contains)) {
            roles.add(Role.REVIEWER);
        }
        return roles;
    }

    private static Set<String> lower(Set<String> names) {
        return names.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
