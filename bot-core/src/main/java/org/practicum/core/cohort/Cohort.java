package org.practicum.core.cohort;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.practicum.core.session.Participant;

/**
 * A group training together: its members by role and the scenarios assigned, easiest first. Its name is
 * unique in its community (a Slack workspace, a Discord server) whatever the case, so people address it
 * by name as well as by id.
 */
public record Cohort(String id, String name, String community, String createdBy, Instant createdAt,
                     List<Member> members, List<String> scenarios) {

    /** Someone in the cohort with one role (a person may hold several). */
    public record Member(Participant person, Role role) {
    }

    /** A name as names are compared: spacing collapsed, lower case ("Spring  Group" and "spring group" are one). */
    public static String nameKey(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean has(String personId, Role role) {
        return members.stream().anyMatch(m -> m.role() == role && m.person().id().equals(personId));
    }

    public List<Participant> withRole(Role role) {
        return members.stream().filter(m -> m.role() == role).map(Member::person).toList();
    }
}
