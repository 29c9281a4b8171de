package org.practicum.slack;

import java.util.List;
import java.util.Optional;

/**
 * Who may run group sessions: the configured user ids, members of the configured user group, and,
 * when enabled, workspace admins and owners. Only asked when someone starts a group session.
 */
final class Facilitators {

    private final List<String> users;
    private final Optional<String> group;
    private final boolean admins;
    private final SlackWebApi api;

    Facilitators(SlackSettings settings, SlackWebApi api) {
        this.users = settings.facilitators();
        this.group = settings.facilitatorGroup();
        this.admins = settings.adminsFacilitate();
        this.api = api;
    }

    boolean includes(String userId) {
        if (users.contains(userId)) {
            return true;
        }
        if (group.isPresent() && api.call("usergroups.users.list", m -> m.usergroupsUsersList(r -> r.usergroup(group.get())))
                .map(r -> r.getUsers() != null && r.getUsers().contains(userId)).orElse(false)) {
            return true;
        }
        return admins && api.call("users.info", m -> m.usersInfo(r -> r.user(userId)))
                .map(r -> r.getUser() != null && (r.getUser().isAdmin() || r.getUser().isOwner())).orElse(false);
    }
}
