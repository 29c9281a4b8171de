package org.practicum.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps reviewer agreement when verdicts are deleted: their counts per cohort and flag kind go to
 * {@code flag_agreement_archive} in the same transaction, without who or what was judged. The
 * misalignment between automatic flags and experts is the measure a programme wants over years, longer
 * than transcripts may be kept.
 */
final class AgreementArchive {

    private AgreementArchive() {
    }

    /**
     * Archives the verdicts that {@code condition} (SQL over {@code v}, the flag_verdicts row) selects;
     * call it just before deleting them. Verdicts of sessions without a review row have no cohort and
     * are not counted anywhere, so they are not archived either.
     */
    static int keep(Connection c, Instant at, String condition, Object... params) throws SQLException {
        List<Object> all = new ArrayList<>();
        all.add(Timestamp.from(at));
        all.addAll(List.of(params));
        return Jdbc.update(c, "insert into flag_agreement_archive (cohort_id, flag_kind, agreed, disagreed, archived_at) "
                + "select r.cohort_id, v.flag_kind, sum(case when v.agrees then 1 else 0 end), "
                + "sum(case when v.agrees then 0 else 1 end), ? from flag_verdicts v "
                + "join reviews r on r.session_id = v.session_id where " + condition
                + " group by r.cohort_id, v.flag_kind", all.toArray());
    }
}
