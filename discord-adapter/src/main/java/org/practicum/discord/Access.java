package org.practicum.discord;

import java.util.Locale;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.User;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionMode;

/** Who is who in a session: facilitators, the session's own people, and everyone else. */
final class Access {

    private final String facilitatorRole;

    Access(String facilitatorRole) {
        this.facilitatorRole = facilitatorRole.toLowerCase(Locale.ROOT);
    }

    /** A member with the facilitator role (by name) or the Manage Threads permission. */
    boolean isFacilitator(Member member) {
        if (member == null) {
            return false;
        }
        if (member.hasPermission(Permission.MANAGE_THREADS)) {
            return true;
        }
        return !facilitatorRole.isEmpty()
                && member.getRoles().stream().anyMatch(r -> r.getName().toLowerCase(Locale.ROOT).equals(facilitatorRole));
    }

    /**
     * Whether someone may see a session's private feedback and control it: the trainee of a private
     * session; the facilitator who started a group session and the trainees who joined it.
     */
    static boolean isOwnPeople(Session session, String userId) {
        if (session.trainee().id().equals(userId)) {
            return true;
        }
        return session.mode() == SessionMode.GROUP && session.roster().stream().anyMatch(p -> p.id().equals(userId));
    }

    /** "This is X's practice session.": what anyone else is told, to them alone. */
    static String notYours(Session session) {
        return session.mode() == SessionMode.GROUP
                ? "This is " + session.trainee().displayName() + "'s group practice session. Press "
                + Texts.JOIN_LABEL + " on its first message to take part."
                : "This is " + session.trainee().displayName() + "'s practice session.";
    }

    static Participant participant(User user, Member member) {
        return new Participant(user.getId(), member != null ? member.getEffectiveName() : user.getEffectiveName());
    }
}
