package org.practicum.core.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.LabelledSentence;
import org.practicum.core.analysis.Skill;
import org.practicum.core.cohort.Cohort;
import org.practicum.core.cohort.Cohorts;
import org.practicum.core.cohort.Role;
import org.practicum.core.cue.CueKind;
import org.practicum.core.review.ReviewStore;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeException;
import org.practicum.core.session.Session;
import org.practicum.core.session.TurnRecord;

/** Builds a {@link CohortReport} from the cohort's stored sessions, for its facilitators and reviewers only. */
public final class CohortReports {

    private static final int TOP_CUES = 5;
    private static final int EXAMPLES = 2;

    private final Cohorts cohorts;
    private final ReviewStore reviews;
    private final Path chartDir;
    private final CohortChart chart = new CohortChart();

    public CohortReports(Cohorts cohorts, ReviewStore reviews, Path chartDir) {
        this.cohorts = cohorts;
        this.reviews = reviews;
        this.chartDir = chartDir;
    }

    public CohortReport build(String cohortId, Participant viewer) {
        Cohort cohort = cohorts.cohort(cohortId);
        if (!cohort.has(viewer.id(), Role.FACILITATOR) && !cohort.has(viewer.id(), Role.REVIEWER)) {
            throw new PracticeException(PracticeException.Reason.NOT_ALLOWED,
                    "Only " + cohort.name() + "'s facilitators and reviewers can see its report.");
        }
        List<String> sessionIds = cohorts.store().sessionsOf(cohortId);
        Map<String, List<CohortReport.SessionSkills>> byTrainee = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<CueKind, List<CohortReport.Example>> missed = new LinkedHashMap<>();
        for (String id : sessionIds) {
            Session session = cohorts.engine().find(id).orElse(null);
            if (session == null) {
                continue;
            }
            Map<String, String> people = new LinkedHashMap<>();
            people.put(session.trainee().id(), session.trainee().displayName());
            session.roster().forEach(p -> people.put(p.id(), p.displayName()));
            for (var person : people.entrySet()) {
                CohortReport.SessionSkills skills = skills(session, person.getKey());
                if (skills.turns() > 0) {
                    names.put(person.getKey(), person.getValue());
                    byTrainee.computeIfAbsent(person.getKey(), k -> new ArrayList<>()).add(skills);
                }
            }
            collectMissedCues(session, people, missed);
        }
        List<CohortReport.TraineeProgress> trainees = byTrainee.entrySet().stream()
                .map(e -> new CohortReport.TraineeProgress(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
        List<CohortReport.MissedCue> cues = missed.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<CueKind, List<CohortReport.Example>> e) -> -e.getValue().size())
                        .thenComparing(e -> e.getKey().id()))
                .limit(TOP_CUES)
                .map(e -> new CohortReport.MissedCue(e.getKey().id(), e.getKey().description(), e.getValue().size(),
                        e.getValue().stream().limit(EXAMPLES).toList()))
                .toList();
        CohortReport report = new CohortReport(cohort.id(), cohort.name(), trainees, cues,
                reviews.agreement(cohort.id(), sessionIds), "");
        try {
            Path file = chart.render(report, chartDir.resolve("cohort-" + cohort.id() + ".png"));
            return report.withChart(file.toAbsolutePath().normalize().toString());
        } catch (IOException | RuntimeException e) {
            return report;
        }
    }

    private static CohortReport.SessionSkills skills(Session session, String traineeId) {
        int turns = 0;
        int reflections = 0;
        int questions = 0;
        int flags = 0;
        int missedCues = 0;
        int advice = 0;
        for (TurnRecord t : session.activeTurns()) {
            if (t.analysis() == null || !traineeId.equals(author(session, t))) {
                continue;
            }
            turns++;
            for (LabelledSentence s : t.analysis().sentences()) {
                Skill k = s.skill();
                reflections += k == Skill.SIMPLE_REFLECTION || k == Skill.COMPLEX_REFLECTION ? 1 : 0;
                questions += k == Skill.OPEN_QUESTION || k == Skill.CLOSED_QUESTION ? 1 : 0;
            }
            flags += t.analysis().flags().size();
            missedCues += t.analysis().has(FlagKind.MISSED_DISTRESS_CUE) ? 1 : 0;
            advice += t.analysis().has(FlagKind.PREMATURE_ADVICE) ? 1 : 0;
        }
        return new CohortReport.SessionSkills(session.id(), session.scenarioId(), session.createdAt(), turns,
                reflections, questions, DebriefBuilder.ratio(reflections, questions), flags, missedCues, advice);
    }

    /** The cue a missed-cue flag refers to is the one the client voiced in the turn before. */
    private static void collectMissedCues(Session session, Map<String, String> people,
                                          Map<CueKind, List<CohortReport.Example>> missed) {
        List<TurnRecord> turns = session.activeTurns();
        for (int i = 1; i < turns.size(); i++) {
            TurnRecord t = turns.get(i);
            TurnRecord before = turns.get(i - 1);
            if (t.analysis() == null || !t.analysis().has(FlagKind.MISSED_DISTRESS_CUE) || before.client() == null
                    || before.client().cues().isEmpty()) {
                continue;
            }
            CueKind kind = before.client().cues().get(0).kind();
            String author = author(session, t);
            missed.computeIfAbsent(kind, k -> new ArrayList<>()).add(new CohortReport.Example(author,
                    people.getOrDefault(author, "?"), before.client().text(), t.traineeText()));
        }
    }

    private static String author(Session session, TurnRecord t) {
        return t.author() != null ? t.author() : session.trainee().id();
    }
}
