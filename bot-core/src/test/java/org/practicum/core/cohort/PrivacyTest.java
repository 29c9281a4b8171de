package org.practicum.core.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.practicum.core.cohort.CohortWorld.ANA;
import static org.practicum.core.cohort.CohortWorld.BEN;
import static org.practicum.core.cohort.CohortWorld.FAY;
import static org.practicum.core.cohort.CohortWorld.RAE;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.practicum.core.privacy.PersonalData;
import org.practicum.core.review.Verdict;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.storage.JdbcSessionStore;
import org.practicum.core.storage.Json;
import org.practicum.core.storage.RetentionPurge;
import org.practicum.core.storage.StorageException;
import org.practicum.core.storage.TestDatabase;

@ParameterizedClass(name = "on {0}")
@MethodSource("org.practicum.core.storage.TestDatabase#kinds")
class PrivacyTest extends CohortWorldTest {

    private static final String ANAS_WORDS = "Ana-unique: it sounds like the nights are endless";
    private static final String BENS_WORDS = "Ben-unique: what has been hardest?";


    @Test
    void export_gives_a_trainee_their_sessions_and_review_as_json_and_markdown_but_not_others_words() throws Exception {
        String own = world.practise(ANA, ANAS_WORDS);
        world.reviews.annotate(own, RAE, 1, "Lovely reflection.");
        world.reviews.complete(own, RAE, "Good start.");
        groupSessionWithAnaAndBen();
        world.practise(BEN, "Ben's private words");

        PersonalData.Export export = world.personalData.export(ANA);

        JsonNode json = Json.mapper().readTree(export.json());
        assertEquals("ana", json.get("person").asText());
        assertEquals(2, json.get("sessions").size(), "her own session and the group she took part in");
        assertEquals(ANAS_WORDS, json.get("sessions").get(0).get("turns").get(1).get("you").asText());
        assertEquals("Lovely reflection.", json.get("sessions").get(0).get("review").get("notes").get(0).get("note")
                .asText());
        assertTrue(export.markdown().contains("**You:** " + ANAS_WORDS), export.markdown());
        assertTrue(export.markdown().contains("Summary: Good start."), export.markdown());
        assertFalse(export.json().contains(BENS_WORDS), "another trainee's words in a shared group stay out");
        assertFalse(export.json().contains("Ben's private words"));
    }

    @Test
    void forget_me_leaves_nothing_about_the_trainee_in_any_table_and_keeps_the_others_practice() throws Exception {
        String own = world.practise(ANA, ANAS_WORDS);
        world.reviews.annotate(own, RAE, 1, "About Ana's turn.");
        world.reviews.judgeFlag(world.practise(ANA, "You should make a revision timetable."), RAE, 1,
                "premature_advice", Verdict.AGREE);
        String group = groupSessionWithAnaAndBen();
        String bens = world.practise(BEN, "Ben's private words");
        assertTrue(Files.exists(Path.of(world.debriefs.end(own).chart())));

        int deleted = world.personalData.forget(ANA);

        assertEquals(2, deleted);
        List<String> traces = traces(List.of("ana", "Ana", ANAS_WORDS, "Ana-unique"));
        assertEquals(List.of(), traces, "rows still mentioning Ana");
        assertFalse(Files.exists(dir.resolve("charts").resolve(own + ".png")), "her debrief chart is gone too");
        assertTrue(world.engine.find(bens).isPresent(), "Ben's session stays");
        var groupNow = world.engine.find(group).orElseThrow();
        assertTrue(groupNow.activeTurns().stream().anyMatch(t -> BENS_WORDS.equals(t.traineeText())));
        assertEquals(List.of(BEN), groupNow.roster());
        assertEquals(List.of(BEN), world.cohorts.cohort(world.spring.id()).withRole(Role.TRAINEE));
    }

    @Test
    void a_forget_me_that_fails_part_way_erases_nothing_and_asking_again_erases_everything() throws Exception {
        String own = world.practise(ANA, ANAS_WORDS);
        String group = groupSessionWithAnaAndBen();
        // Memberships are erased after the sessions: without that table, forget-me fails late.
        execute("alter table cohort_members rename to cohort_members_away");

        assertThrows(StorageException.class, () -> world.personalData.forget(ANA));

        execute("alter table cohort_members_away rename to cohort_members");
        JdbcSessionStore store = new JdbcSessionStore(world.database.dataSource(), Clock.systemUTC());
        assertTrue(store.load(own).isPresent(), "her own session is still stored");
        assertTrue(store.load(group).orElseThrow().roster().contains(ANA), "she is still in the group");
        assertEquals(1, world.personalData.forget(ANA));
        assertEquals(List.of(), traces(List.of("ana", "Ana", ANAS_WORDS, "Ana-unique")), "rows still mentioning Ana");
    }

    @Test
    void the_retention_purge_runs_on_its_schedule_and_takes_reviews_with_the_sessions() throws Exception {
        String id = world.practise(ANA, ANAS_WORDS);
        world.reviews.annotate(id, RAE, 1, "A note.");
        // A clock 100 days ahead: everything stored so far is past a 90-day retention.
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(100));
        JdbcSessionStore store = new JdbcSessionStore(world.database.dataSource(), Clock.systemUTC());

        try (RetentionPurge purge = new RetentionPurge(store, Duration.ofDays(90), later).start(Duration.ofMillis(50))) {
            long deadline = System.currentTimeMillis() + 10_000;
            while (store.load(id).isPresent() && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
        }

        assertTrue(store.load(id).isEmpty());
        Map<String, Integer> counts = TestDatabase.rowCounts(world.database.dataSource());
        for (String table : List.of("sessions", "turns", "reviews", "review_annotations", "cohort_sessions")) {
            assertEquals(0, counts.get(table), table);
        }
        assertEquals(6, counts.get("cohort_members"), "the cohorts and their members are kept");
    }

    @Test
    void the_retention_purge_keeps_sessions_touched_within_the_period() {
        String id = world.practise(ANA, ANAS_WORDS);
        JdbcSessionStore store = new JdbcSessionStore(world.database.dataSource(), Clock.systemUTC());
        assertEquals(0, new RetentionPurge(store, Duration.ofDays(90), Clock.systemUTC()).runOnce());
        assertTrue(store.load(id).isPresent());
    }

    private String groupSessionWithAnaAndBen() {
        SessionUpdate g = world.cohorts.startGroup(world.spring.id(), FAY, "exam-stress",
                new SessionOrigin("test", "guild-1", "ch", "group"), 4L);
        world.cohorts.join(g.sessionId(), ANA);
        world.cohorts.join(g.sessionId(), BEN);
        world.engine.reply(g.sessionId(), ANA, "Ana in the group: that sounds heavy.", "g1");
        world.engine.reply(g.sessionId(), BEN, BENS_WORDS, "g2");
        world.engine.end(g.sessionId());
        return g.sessionId();
    }

    private void execute(String sql) throws Exception {
        try (Connection c = world.database.dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Every cell of every application table that contains one of the needles, as "table.column: value". */
    private List<String> traces(List<String> needles) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = world.database.dataSource().getConnection()) {
            for (String table : TestDatabase.rowCounts(world.database.dataSource()).keySet()) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = rs.getString(i);
                            if (value != null && matches(value, needles)) {
                                found.add(table + "." + rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT)
                                        + ": " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Ids match whole JSON/column values or quoted; words match anywhere. */
    private static boolean matches(String value, List<String> needles) {
        for (String n : needles) {
            if (value.equals(n) || value.contains("\"" + n + "\"") || n.length() > 4 && value.contains(n)) {
                return true;
            }
        }
        return false;
    }
}
