package org.practicum.core.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.review.FlagAgreement;
import org.practicum.core.review.Review;
import org.practicum.core.review.Verdict;

/**
 * V7 on data an older release wrote: yes/no verdicts become agree/disagree, archived counts keep
 * theirs, and cohorts that already shared a name keep working (the oldest by name, all by id).
 */
@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class CohortNamesAndVerdictsMigrationTest {

    @Parameter
    TestDatabase.Kind kind;
    @TempDir
    Path dir;

    @Test
    void verdicts_archived_counts_and_cohorts_sharing_a_name_come_through_the_migration() {
        try (TestDatabase db = TestDatabase.create(kind, dir)) {
            // given: what the release before V7 stored
            db.migrateOnlyTo("5");
            db.execute(
                    "insert into sessions (id, scenario_id, trainee_id, trainee_name, platform, community, channel, "
                            + "thread, status, seed, mode, roster_json, version, created_at, updated_at) values ('s-1', "
                            + "'exam-stress', 'ana', 'Ana', 'test', 'g', 'ch', 't', 'ENDED', 1, 'PRIVATE', '[]', 1, "
                            + "timestamp '2025-01-01 10:00:00', timestamp '2025-01-01 10:00:00')",
                    cohort("c-aaaaaaaa", "Spring", "10:00"), cohort("c-bbbbbbbb", "spring", "11:00"),
                    cohort("c-cccccccc", "Spring", "11:00:00"), cohort("c-dddddddd", "Autumn", "12:00"),
                    "insert into reviews (session_id, cohort_id, status, queued_at) values ('s-1', 'c-aaaaaaaa', "
                            + "'IN_REVIEW', timestamp '2025-01-01 10:00:00')",
                    verdict("premature_advice", true), verdict("minimising", false),
                    "insert into flag_agreement_archive (cohort_id, flag_kind, agreed, disagreed, archived_at) values "
                            + "('c-aaaaaaaa', 'judging', 3, 1, timestamp '2025-01-01 10:00:00')");

            // when
            Database opened = db.open();
            JdbcReviewStore reviews = new JdbcReviewStore(opened.dataSource());
            JdbcCohortStore cohorts = new JdbcCohortStore(opened.dataSource());

            // then
            assertEquals(List.of(new Review.FlagVerdict(1, "minimising", "rae", Verdict.DISAGREE),
                    new Review.FlagVerdict(1, "premature_advice", "rae", Verdict.AGREE)),
                    reviews.load("s-1").orElseThrow().verdicts());
            assertEquals(List.of(new FlagAgreement("judging", 3, 1, 0, 0),
                    new FlagAgreement("minimising", 0, 1, 0, 0), new FlagAgreement("premature_advice", 1, 0, 0, 0)),
                    reviews.agreement("c-aaaaaaaa", List.of("s-1")));
            assertEquals("c-aaaaaaaa", cohorts.named("g", "spring").orElseThrow(), "the oldest keeps the name");
            assertEquals("c-dddddddd", cohorts.named("g", "autumn").orElseThrow());
            assertEquals("spring", cohorts.load("c-cccccccc").orElseThrow().name().toLowerCase(),
                    "the later ones keep their name and are found by id");
        }
    }

    private static String cohort(String id, String name, String at) {
        return "insert into cohorts (id, name, community, created_by, created_at) values ('" + id + "', '" + name
                + "', 'g', 'fay', timestamp '2025-01-01 " + (at.length() == 5 ? at + ":00" : at) + "')";
    }

    private static String verdict(String kind, boolean agrees) {
        return "insert into flag_verdicts (session_id, turn, flag_kind, reviewer_id, agrees, created_at) values "
                + "('s-1', 1, '" + kind + "', 'rae', " + agrees + ", timestamp '2025-01-01 10:00:00')";
    }
}
