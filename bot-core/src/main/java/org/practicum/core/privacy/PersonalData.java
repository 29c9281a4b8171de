package org.practicum.core.privacy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.practicum.core.cohort.Cohort;
import org.practicum.core.cohort.Cohorts;
import org.practicum.core.cohort.Role;
import org.practicum.core.review.Review;
import org.practicum.core.review.ReviewStore;
import org.practicum.core.session.Participant;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionMode;
import org.practicum.core.session.SessionStore;
import org.practicum.core.session.TurnRecord;

/**
 * A person's own data: {@link #export} gives it to them (JSON and Markdown), {@link #forget} erases it
 * from every store. In a group session others practised in, only the person's own turns are removed,
 * so the rest of the group keeps their practice.
 */
public final class PersonalData {

    /** Stands in for a forgotten person where a row must keep an owner (a group session, a cohort). */
    public static final String FORGOTTEN = "forgotten";
    private static final String REMOVED = "(removed at the trainee's request)";

    private final Cohorts cohorts;
    private final SessionStore sessions;
    private final ReviewStore reviews;
    private final AllOrNothing allOrNothing;
    private final Path chartDir;
    private final Clock clock;

    /** Over the stores of each feature; {@code allOrNothing} spans them all, so forget-me is one unit. */
    public PersonalData(Cohorts cohorts, SessionStore sessions, ReviewStore reviews, AllOrNothing allOrNothing,
                        Path chartDir, Clock clock) {
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.reviews = reviews;
        this.allOrNothing = allOrNothing;
        this.chartDir = chartDir;
        this.clock = clock;
    }

    /** Everything stored about a person, as they may download it. */
    public record Export(String json, String markdown) {
    }

    public Export export(Participant person) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("person", person.id());
        ArrayNode cohortsNode = root.putArray("cohorts");
        for (Role role : Role.values()) {
            for (Cohort c : cohorts.cohortsOf(person, role)) {
                cohortsNode.addObject().put("cohort", c.name()).put("role", role.id());
            }
        }
        StringBuilder md = new StringBuilder("# Your Practicum data\n\n");
        ArrayNode sessionsNode = root.putArray("sessions");
        for (String id : sessions.sessionsOf(person.id())) {
            Session s = cohorts.engine().find(id).orElse(null);
            if (s == null) {
                continue;
            }
            boolean own = s.mode() == SessionMode.PRIVATE && s.trainee().id().equals(person.id());
            ObjectNode node = sessionsNode.addObject().put("session", s.id()).put("scenario", s.scenarioId())
                    .put("started", s.createdAt().toString()).put("status", s.status().name())
                    .put("mode", s.mode().name());
            md.append("## ").append(s.scenarioId()).append(" (").append(s.id()).append(", ")
                    .append(s.createdAt()).append(")\n\n");
            ArrayNode turns = node.putArray("turns");
            for (TurnRecord t : s.activeTurns()) {
                boolean mine = person.id().equals(t.author()) || own && t.author() == null && t.turn() > 0;
                // In someone else's group session, only this person's own replies (and what the client said to them).
                if (!own && !mine) {
                    continue;
                }
                ObjectNode turn = turns.addObject().put("turn", t.turn());
                if (t.traineeText() != null) {
                    turn.put("you", t.traineeText());
                    md.append("**You:** ").append(t.traineeText()).append("\n\n");
                }
                if (t.client() != null) {
                    turn.put("client", t.client().text());
                    md.append("**Client:** ").append(t.client().text()).append("\n\n");
                }
                if (t.analysis() != null) {
                    ArrayNode flags = turn.putArray("flags");
                    t.analysis().flags().forEach(f -> {
                        flags.add(f.kind().id());
                        md.append("> flag: ").append(f.kind().label()).append(" — ").append(f.why()).append("\n\n");
                    });
                }
            }
            if (own || s.mode() == SessionMode.GROUP) {
                reviews.load(s.id()).filter(r -> r.status() == Review.Status.DONE).ifPresent(r -> {
                    ObjectNode review = node.putObject("review").put("summary", r.summary());
                    ArrayNode notes = review.putArray("notes");
                    r.annotations().forEach(a -> notes.addObject().put("turn", a.turn()).put("note", a.note()));
                    md.append("### Reviewer's notes\n\n");
                    r.annotations().forEach(a -> md.append("- turn ").append(a.turn()).append(": ").append(a.note())
                            .append('\n'));
                    md.append("\nSummary: ").append(r.summary()).append("\n\n");
                });
            }
        }
        return new Export(root.toPrettyString(), md.toString());
    }

    /**
     * Erases the person from every store, all or nothing; returns how many of their own sessions were
     * deleted.
     */
    public int forget(Participant person) {
        String id = person.id();
        List<String> involved = sessions.sessionsOf(id);
        Instant now = clock.instant();
        int deleted = allOrNothing.run(() -> {
            int own = 0;
            for (String sessionId : involved) {
                Optional<Session> stored = sessions.load(sessionId);
                if (stored.filter(s -> ownsPrivate(s, id)).isPresent()) {
                    deleteSession(sessionId, now);
                    own++;
                } else {
                    stored.ifPresent(s -> removeFromGroup(s, id, now));
                }
            }
            cohorts.store().forgetMember(id, FORGOTTEN);
            reviews.forgetReviewer(id, now);
            return own;
        });
        for (String sessionId : involved) {
            cohorts.engine().evict(sessionId);
            try {
                Files.deleteIfExists(chartDir.resolve(sessionId + ".png"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the chart of session " + sessionId, e);
            }
        }
        return deleted;
    }

    private static boolean ownsPrivate(Session session, String personId) {
        return session.trainee().id().equals(personId) && session.mode() == SessionMode.PRIVATE;
    }

    /** The review and cohort link go before the session, so none of them depends on a cascade. */
    private void deleteSession(String sessionId, Instant now) {
        reviews.forgetSession(sessionId, now);
        cohorts.store().unlinkSession(sessionId);
        sessions.delete(sessionId);
    }

    /** Takes the person out of a group session: off the roster, their replies removed, ownership handed on. */
    private void removeFromGroup(Session session, String personId, Instant now) {
        sessions.removeParticipant(session.id(), personId, new Participant(FORGOTTEN, FORGOTTEN));
        for (TurnRecord t : session.turns()) {
            if (personId.equals(t.author())) {
                sessions.replaceTurn(session.id(), new TurnRecord(t.turn(), t.attempt(), FORGOTTEN, REMOVED, null,
                        t.client(), t.suggestions(), null, t.stateAfter(), t.superseded(), t.at(), null));
                reviews.forgetTurn(session.id(), t.turn(), now);
            }
        }
    }
}
