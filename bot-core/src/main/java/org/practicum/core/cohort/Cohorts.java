package org.practicum.core.cohort;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.SessionMode;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.session.StartRequest;
import org.practicum.core.session.TurnRecord;

/**
 * Training programmes on top of the practice engine: facilitators create cohorts, enrol people and
 * assign scenarios; trainees practise the next assigned scenario, alone or in a group session; and the
 * one rule for who may read a transcript lives here. Every method checks the caller's role.
 *
 * <p>Built over an engine, it links every session the engine starts to its cohort ({@link #adopt}) and
 * admits only a cohort's trainees to that cohort's group sessions ({@link #admit}), whichever platform
 * started them.
 */
public final class Cohorts {

    private final CohortStore store;
    private final PracticeEngine engine;
    private final RoleMap roles;
    private final Clock clock;
    /** What {@link #newId} makes: names never look like this, so a reference is one or the other. */
    private static final Pattern ID = Pattern.compile("c-[a-z0-9]{8}");

    private final SecureRandom random = new SecureRandom();

    public Cohorts(CohortStore store, PracticeEngine engine, RoleMap roles, Clock clock) {
        this.store = store;
        this.engine = engine;
        this.roles = roles;
        this.clock = clock;
        engine.onSessionStarted(this::adopt);
        engine.admitWith(this::admit);
    }

    /** A community facilitator creates a cohort and becomes its first facilitator. */
    public Cohort create(Participant facilitator, List<String> platformRoles, String name, String community) {
        return create(facilitator, roles.rolesOf(facilitator, platformRoles), name, community);
    }

    /**
     * As above, for a platform that decides roles itself (Slack's configured facilitators, user group
     * and admins): {@code held} are the roles it grants, joined with the configured ones.
     */
    public Cohort create(Participant facilitator, Set<Role> held, String name, String community) {
        Set<Role> all = java.util.EnumSet.of(Role.TRAINEE);
        all.addAll(held);
        all.addAll(roles.rolesOf(facilitator, List.of()));
        if (!all.contains(Role.FACILITATOR)) {
            throw notAllowed("Only facilitators can create a cohort.");
        }
        String clean = name == null ? "" : unquoted(name).replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw invalid("Give the cohort a name.");
        }
        if (ID.matcher(clean).matches()) {
            throw invalid("A cohort's name cannot look like a cohort id; pick another name.");
        }
        Cohort cohort = new Cohort(newId(), clean, community, facilitator.id(), clock.instant(),
                List.of(new Cohort.Member(facilitator, Role.FACILITATOR)), List.of());
        if (!store.create(cohort)) {
            throw invalid("There is already a cohort called " + clean + " here; pick another name.");
        }
        return cohort;
    }

    /**
     * The community's cohort a person named: by its id, or by its name whatever the case and spacing
     * (quotes around it are fine). Who may do what with it is checked where it is used.
     */
    public Cohort find(String community, String nameOrId) {
        String reference = nameOrId == null ? "" : unquoted(nameOrId);
        if (reference.isEmpty()) {
            throw invalid("Name the cohort.");
        }
        return lookup(community, reference).orElseThrow(() -> invalid("There is no cohort called " + reference
                + " here."));
    }

    /** As {@link #find}, empty when the words name no cohort (a command whose cohort name has spaces tries several). */
    public Optional<Cohort> lookup(String community, String nameOrId) {
        String reference = unquoted(nameOrId);
        Optional<Cohort> byId = ID.matcher(reference).matches() ? store.load(reference) : Optional.empty();
        return byId.or(() -> store.named(community, Cohort.nameKey(reference)).flatMap(store::load));
    }

    /**
     * The community's cohorts in which this person holds one of these roles whose name contains what they
     * typed, whatever the case, by name: what to offer as they type a cohort's name.
     */
    public List<Cohort> offered(String community, Participant person, Set<Role> roles, String typed) {
        String query = typed == null ? "" : Cohort.nameKey(unquoted(typed));
        return roles.stream().flatMap(role -> cohortsOf(person, role).stream())
                .filter(c -> c.community().equals(community))
                .filter(c -> Cohort.nameKey(c.name()).contains(query) || c.id().equals(query))
                .collect(Collectors.toMap(Cohort::id, c -> c, (a, b) -> a))
                .values().stream().sorted(Comparator.comparing((Cohort c) -> Cohort.nameKey(c.name())))
                .toList();
    }

    /** Without the straight or typographic quotes a name may be typed in. */
    private static String unquoted(String text) {
        return text.strip().replaceAll("^[\"“”‘’']+|[\"“”‘’']+$", "").strip();
    }

    /** A cohort's facilitator enrols someone as trainee, facilitator or reviewer. */
    public Cohort enrol(String cohortId, Participant facilitator, Participant person, Role role) {
        requireRole(cohort(cohortId), facilitator, Role.FACILITATOR);
        store.addMember(cohortId, new Cohort.Member(person, role));
        return cohort(cohortId);
    }

    /** A cohort's facilitator sets the scenarios to practise, in order (easier first). */
    public Cohort assignScenarios(String cohortId, Participant facilitator, List<String> scenarioIds) {
        requireRole(cohort(cohortId), facilitator, Role.FACILITATOR);
        List<String> unknown = scenarioIds.stream().filter(id -> engine.scenarios().find(id).isEmpty()).toList();
        if (!unknown.isEmpty() || scenarioIds.isEmpty()) {
            throw new PracticeException(PracticeException.Reason.UNKNOWN_SCENARIO, unknown.isEmpty()
                    ? "Assign at least one scenario." : "Unknown scenario(s): " + String.join(", ", unknown));
        }
        store.assignScenarios(cohortId, List.copyOf(scenarioIds));
        return cohort(cohortId);
    }

    /** The first assigned scenario the trainee has not yet finished, or the last one when all are done. */
    public String nextScenario(String cohortId, Participant trainee) {
        Cohort cohort = cohort(cohortId);
        requireRole(cohort, trainee, Role.TRAINEE);
        if (cohort.scenarios().isEmpty()) {
            throw new PracticeException(PracticeException.Reason.UNKNOWN_SCENARIO,
                    "No scenarios are assigned to " + cohort.name() + " yet.");
        }
        Set<String> done = new java.util.HashSet<>();
        for (String id : store.sessionsOf(cohortId)) {
            engine.find(id).filter(s -> s.trainee().id().equals(trainee.id()))
                    .filter(s -> s.status() == org.practicum.core.session.SessionStatus.ENDED)
                    .ifPresent(s -> done.add(s.scenarioId()));
        }
        return cohort.scenarios().stream().filter(s -> !done.contains(s)).findFirst()
                .orElse(cohort.scenarios().get(cohort.scenarios().size() - 1));
    }

    /** The next assigned scenario in the trainee's newest cohort that has any, for "start" without a scenario. */
    public Optional<String> nextScenarioFor(Participant trainee) {
        return cohortsOf(trainee, Role.TRAINEE).stream().filter(c -> !c.scenarios().isEmpty())
                .max(Comparator.comparing(Cohort::createdAt)).map(c -> nextScenario(c.id(), trainee));
    }

    /**
     * A trainee starts their next assigned scenario as a private session that belongs to the cohort (this
     * one, even if {@link #adopt} linked it to another of theirs as it started).
     */
    public SessionUpdate startAssigned(String cohortId, Participant trainee, SessionOrigin origin, Long seed) {
        String scenario = nextScenario(cohortId, trainee);
        SessionUpdate update = engine.start(new StartRequest(scenario, trainee, origin, SessionMode.PRIVATE, seed));
        store.linkSession(cohortId, update.sessionId());
        return update;
    }

    /**
     * A cohort's facilitator starts a group session; the cohort's trainees join it ({@link #join}) and take
     * turns under the engine's {@link org.practicum.core.session.TurnRule}, others observe.
     */
    public SessionUpdate startGroup(String cohortId, Participant facilitator, String scenarioId, SessionOrigin origin,
                                    Long seed) {
        requireRole(cohort(cohortId), facilitator, Role.FACILITATOR);
        SessionUpdate update = engine.start(new StartRequest(scenarioId, facilitator, origin, SessionMode.GROUP, seed));
        store.linkSession(cohortId, update.sessionId());
        return update;
    }

    /**
     * The cohort a session belongs to. A session started without naming a cohort joins the owner's
     * cohort in that community as it starts: a trainee's own cohort for a private session, the
     * facilitator's for a group session (the most recently created one if there are several). Sessions
     * from before this linking was done at the start are linked when first asked about.
     */
    public Optional<String> adopt(Session session) {
        Optional<String> linked = store.cohortOfSession(session.id());
        if (linked.isPresent()) {
            return linked;
        }
        Role role = session.mode() == SessionMode.GROUP ? Role.FACILITATOR : Role.TRAINEE;
        Optional<Cohort> cohort = cohortsOf(session.trainee(), role).stream()
                .filter(c -> c.community().isEmpty() || c.community().equals(session.origin().community()))
                .max(Comparator.comparing(Cohort::createdAt));
        cohort.ifPresent(c -> store.linkSession(c.id(), session.id()));
        return cohort.map(Cohort::id);
    }

    /** Someone joins a group session to take turns; the engine asks {@link #admit} first. */
    public List<Participant> join(String sessionId, Participant trainee) {
        return engine.enrol(sessionId, trainee);
    }

    /**
     * Who may take turns in a group session: in a cohort's session only the cohort's trainees; a session
     * that belongs to no cohort is open to anyone. Facilitators and reviewers observe (a facilitator
     * who wants to practise too enrols themselves as a trainee: a person may hold several roles).
     */
    void admit(Session session, Participant person) {
        Optional<Cohort> cohort = adopt(session).flatMap(store::load);
        if (cohort.isEmpty() || cohort.get().has(person.id(), Role.TRAINEE)) {
            return;
        }
        String name = cohort.get().name();
        throw notAllowed(cohort.get().has(person.id(), Role.FACILITATOR)
                ? "This group session is for " + name + "'s trainees; to take turns yourself, enrol yourself in "
                + name + " as a trainee."
                : "This group session is for " + name + "'s trainees; ask a facilitator to enrol you.");
    }

    /**
     * The transcript of a session, for those allowed to read it only: its trainee (or a trainee who took
     * turns in it), and the facilitators and reviewers of the cohort it belongs to.
     */
    public Session transcript(String sessionId, Participant viewer) {
        Session session = engine.find(sessionId).orElseThrow(() -> new PracticeException(
                PracticeException.Reason.NO_SUCH_SESSION, "No session '" + sessionId + "'."));
        if (!maySee(session, viewer)) {
            throw notAllowed("Only the trainee, and their cohort's facilitators and reviewers, can read this transcript.");
        }
        return session;
    }

    public boolean maySee(Session session, Participant viewer) {
        if (session.trainee().id().equals(viewer.id())
                || session.roster().stream().anyMatch(p -> p.id().equals(viewer.id()))
                || session.turns().stream().map(TurnRecord::author).anyMatch(viewer.id()::equals)) {
            return true;
        }
        return store.cohortOfSession(session.id()).flatMap(store::load)
                .map(c -> c.has(viewer.id(), Role.FACILITATOR) || c.has(viewer.id(), Role.REVIEWER))
                .orElse(false);
    }

    public Cohort cohort(String cohortId) {
        return store.load(cohortId).orElseThrow(() -> invalid("No cohort '" + cohortId + "'."));
    }

    /** The cohorts this person belongs to with this role. */
    public List<Cohort> cohortsOf(Participant person, Role role) {
        List<Cohort> out = new ArrayList<>();
        store.cohortsWhere(person.id(), role).forEach(id -> store.load(id).ifPresent(out::add));
        return out;
    }

    public CohortStore store() {
        return store;
    }

    public PracticeEngine engine() {
        return engine;
    }

    static void requireRole(Cohort cohort, Participant person, Role role) {
        if (!cohort.has(person.id(), role)) {
            throw notAllowed("Only the cohort's " + role.id() + "s can do this in " + cohort.name() + ".");
        }
    }

    static PracticeException notAllowed(String message) {
        return new PracticeException(PracticeException.Reason.NOT_ALLOWED, message);
    }

    private static PracticeException invalid(String message) {
        return new PracticeException(PracticeException.Reason.INVALID_INPUT, message);
    }

    private String newId() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        StringBuilder sb = new StringBuilder("c-");
        for (int i = 0; i < 8; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
