package org.practicum.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps reviewer agreement when verdicts and reviewer-added flags are deleted: their counts per cohort
 * and flag kind go to {@code flag_agreement_archive} in the same transaction, without who or what was
 * judged. The misalignment between automatic flags and experts is the measure a programme wants over
 * years, longer than transcripts may be kept.
 */
final class AgreementArchive {

    private static final String INSERT = "insert into flag_agreement_archive (cohort_id, flag_kind, agreed, "
            + "disagreed, unsure, added, archived_at) ";

    private AgreementArchive() {
    }

    /**
     * Archives the verdicts and added flags that {@code condition} (SQL over {@code v}, a flag_verdicts or
     * missed_flags row: both have session_id, turn, flag_kind and reviewer_id) selects; call it just before
     * deleting them. Those of sessions without a review row have no cohort and are not counted anywhere,
     * so they are not archived either.
     */
    static void keep(Connection c, Instant at, String condition, Object... params) throws SQLException {
        List<Object> all = new ArrayList<>();
        all.add(Timestamp.from(at));
        all.addAll(List.of(params));
        Jdbc.update(c, INSERT + "select r.cohort_id, v.flag_kind, " + count("AGREE") + ", " + count("DISAGREE") + ", "
                + count("UNSURE") + ", 0, ? from flag_verdicts v join reviews r on r.session_id = v.session_id where "
                + condition + " group by r.cohort_id, v.flag_kind", all.toArray());
        Jdbc.update(c, INSERT + "select r.cohort_id, v.flag_kind, 0, 0, 0, count(*), ? from missed_flags v "
                + "join reviews r on r.session_id = v.session_id where " + condition
                + " group by r.cohort_id, v.flag_kind", all.toArray());
    }

    private static String count(String verdict) {
        return "sum(case when v.verdict = '" + verdict + "' then 1 else 0 end)";
    }
}
