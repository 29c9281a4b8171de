package org.practicum.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.practicum.core.review.FlagAgreement;

/**
 * A cohort's progress for its facilitators: per trainee, each session in time order with the skills
 * that matter most (reflection:question ratio, flags, missed cues, premature advice); the cues the
 * cohort misses most, with examples; and how often reviewers agreed with the automatic flags.
 */
public record CohortReport(String cohortId, String cohortName, List<TraineeProgress> trainees,
                           List<MissedCue> commonMissedCues, List<FlagAgreement> agreement, String chart) {

    /** One trainee's sessions, oldest first. */
    public record TraineeProgress(String traineeId, String traineeName, List<SessionSkills> sessions) {
    }

    /** What one trainee did in one session (only their own turns in a group session). */
    public record SessionSkills(String sessionId, String scenarioId, Instant at, int turns, int reflections,
                                int questions, Double reflectionToQuestion, int flags, int missedCues,
                                int prematureAdvice) {
        public double flagsPerTurn() {
            return turns == 0 ? 0 : flags / (double) turns;
        }
    }

    /** A kind of distress cue the cohort moved past, how often, and what was said. */
    public record MissedCue(String cueKind, String description, int count, List<Example> examples) {
    }

    /** The client's cue and the trainee's reply that missed it. */
    public record Example(String traineeName, String clientSaid, String traineeReplied) {
    }

    public CohortReport withChart(String path) {
        return new CohortReport(cohortId, cohortName, trainees, commonMissedCues, agreement, path);
    }

    /** The report as plain text (Markdown-friendly), as facilitators read it in chat. */
    public String text() {
        StringBuilder sb = new StringBuilder("Cohort report: " + cohortName + "\n");
        for (TraineeProgress t : trainees) {
            sb.append("\n").append(t.traineeName()).append(" — ").append(t.sessions().size()).append(" session(s)\n");
            int n = 1;
            for (SessionSkills s : t.sessions()) {
                sb.append(String.format(Locale.ROOT, "  %d. %s: %d turn(s), reflection:question %s, %d flag(s), "
                                + "%d missed cue(s), %d premature advice%n", n++, s.scenarioId(), s.turns(),
                        s.reflectionToQuestion() == null ? "n/a" : String.format(Locale.ROOT, "%.2f",
                                s.reflectionToQuestion()), s.flags(), s.missedCues(), s.prematureAdvice()));
            }
        }
        sb.append("\nMost often missed cues\n");
        if (commonMissedCues.isEmpty()) {
            sb.append("  none\n");
        }
        for (MissedCue m : commonMissedCues) {
            sb.append("  ").append(m.description()).append(": ").append(m.count()).append('\n');
            for (Example e : m.examples()) {
                sb.append("    client: \"").append(e.clientSaid()).append("\" → ").append(e.traineeName())
                        .append(": \"").append(e.traineeReplied()).append("\"\n");
            }
        }
        sb.append("\nReviewer agreement with automatic flags\n");
        if (agreement.isEmpty()) {
            sb.append("  no verdicts yet\n");
        }
        for (FlagAgreement a : agreement) {
            sb.append(String.format(Locale.ROOT, "  %s: %d of %d agreed (%.0f%%)%n", a.flagKind().replace('_', ' '),
                    a.agreed(), a.verdicts(), 100 * a.rate()));
        }
        return sb.toString();
    }
}
