package org.practicum.core.programme;

import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.practicum.core.cohort.Cohorts;
import org.practicum.core.cohort.RoleMap;
import org.practicum.core.privacy.PersonalData;
import org.practicum.core.report.CohortReports;
import org.practicum.core.review.ReviewStore;
import org.practicum.core.review.Reviews;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.storage.Jdbc;
import org.practicum.core.storage.JdbcCohortStore;
import org.practicum.core.storage.JdbcReviewStore;
import org.practicum.core.storage.JdbcSessionStore;

/**
 * A training programme's services, built once over the engine's database and handed to the adapters.
 * It sits above the features it wires (cohorts, review, reports, personal data) and their stores, so
 * none of them needs to know another's construction.
 */
public record Programme(RoleMap roles, Cohorts cohorts, Reviews reviews, CohortReports reports,
                        PersonalData personalData) {

    public static Programme open(DataSource dataSource, PracticeEngine engine, RoleMap roles, Path chartDir,
                                 Clock clock) {
        Cohorts cohorts = new Cohorts(new JdbcCohortStore(dataSource), engine, roles, clock);
        ReviewStore reviewStore = new JdbcReviewStore(dataSource);
        return new Programme(roles, cohorts, new Reviews(reviewStore, cohorts, clock),
                new CohortReports(cohorts, reviewStore, chartDir),
                new PersonalData(cohorts, new JdbcSessionStore(dataSource, clock), reviewStore,
                        new Jdbc(dataSource)::atomically, chartDir, clock));
    }
}
