package org.practicum.core.cohort;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.practicum.core.privacy.PersonalData;
import org.practicum.core.programme.Programme;
import org.practicum.core.report.CohortReports;
import org.practicum.core.report.Debriefs;
import org.practicum.core.review.Reviews;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.storage.Database;
import org.practicum.core.storage.TestDatabase;
import org.practicum.core.testing.Fixtures;

/**
 * A training programme on a fresh database: Fay facilitates (by platform role), Rae reviews, Ana and Ben
 * train in the "Spring" cohort; Otto reviews another cohort.
 */
public final class CohortWorld implements AutoCloseable {

    public static final Participant FAY = new Participant("fay", "Fay");
    public static final Participant RAE = new Participant("rae", "Rae");
    public static final Participant ANA = new Participant("ana", "Ana");
    public static final Participant BEN = new Participant("ben", "Ben");
    public static final Participant OTTO = new Participant("otto", "Otto");

    public final TestDatabase testDatabase;
    public final Database database;
    public final PracticeEngine engine;
    public final Debriefs debriefs;
    public final Cohorts cohorts;
    public final Reviews reviews;
    public final CohortReports reports;
    public final PersonalData personalData;
    public final Path dir;
    public final Cohort spring;

    public CohortWorld(TestDatabase.Kind kind, Path dir) {
        this.dir = dir;
        testDatabase = TestDatabase.create(kind, dir);
        database = testDatabase.open();
        engine = Fixtures.engine(database);
        debriefs = Fixtures.debriefs(engine, dir);
        RoleMap roles = new RoleMap(Set.of(), Set.of("Facilitators"), Set.of(), Set.of("Reviewers"));
        Programme programme = Programme.open(database.dataSource(), engine, roles, dir.resolve("charts"),
                Clock.systemUTC());
        cohorts = programme.cohorts();
        reviews = programme.reviews();
        reports = programme.reports();
        personalData = programme.personalData();
        Cohort c = cohorts.create(FAY, List.of("facilitators"), "Spring", "guild-1");
        cohorts.enrol(c.id(), FAY, ANA, Role.TRAINEE);
        cohorts.enrol(c.id(), FAY, BEN, Role.TRAINEE);
        cohorts.enrol(c.id(), FAY, RAE, Role.REVIEWER);
        spring = cohorts.assignScenarios(c.id(), FAY, List.of("exam-stress", "bereavement"));
        Cohort other = cohorts.create(OTTO, List.of("Facilitators"), "Autumn", "guild-1");
        cohorts.enrol(other.id(), OTTO, OTTO, Role.REVIEWER);
    }

    /** A trainee practises their next assigned scenario with these replies, then ends it. */
    public String practise(Participant trainee, String... replies) {
        SessionUpdate start = cohorts.startAssigned(spring.id(), trainee,
                new SessionOrigin("test", "guild-1", "ch", "t-" + trainee.id() + "-" + System.nanoTime()), 4L);
        int n = 0;
        for (String reply : replies) {
            engine.reply(start.sessionId(), trainee, reply, "m-" + trainee.id() + "-" + n++ + "-" + start.sessionId());
        }
        engine.end(start.sessionId());
        return start.sessionId();
    }

    @Override
    public void close() {
        testDatabase.close();
    }
}
