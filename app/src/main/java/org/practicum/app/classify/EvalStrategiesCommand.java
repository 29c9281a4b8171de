package org.practicum.app.classify;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.practicum.core.classify.Classifiers;
import org.practicum.core.classify.SkillAdviceDetector;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code practicum eval strategies --annomi FILE | --esconv FILE}: the helping-skill classifier and
 * the advice detector (at the threshold the product uses) on expert-annotated turns.
 */
@Command(name = "strategies", description = {"Classify counsellor or supporter turns and report per-class figures,",
        "the confusion matrix and the summary line for the chosen source."})
public final class EvalStrategiesCommand implements Callable<Integer> {

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--annomi", paramLabel = "FILE", description = "AnnoMI CSV; therapist rows are scored.")
        Path annomi;

        @Option(names = "--esconv", paramLabel = "FILE", description = "ESConv TSV: strategy, response, previous_seeker_message.")
        Path esconv;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Classifiers> classifiers;

    public EvalStrategiesCommand() {
        this(Classifiers::loadDefault);
    }

    EvalStrategiesCommand(Supplier<Classifiers> classifiers) {
        this.classifiers = classifiers;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (source.annomi != null) {
            evaluateAnnomi(AnnomiFile.readTherapistRows(source.annomi), out);
        } else {
            evaluateEsconv(EsconvFile.read(source.esconv), out);
        }
        out.flush();
        return 0;
    }

    private void evaluateAnnomi(List<AnnomiFile.Utterance> rows, PrintWriter out) {
        Classifiers c = classifiers.get();
        TurnSkills turns = new TurnSkills(productSkills(c));
        ConfusionMatrix behaviours = new ConfusionMatrix(AnnomiFile.BEHAVIOURS);
        ConfusionMatrix advice = new ConfusionMatrix(List.of("advice", "not_advice"));
        for (AnnomiFile.Utterance u : rows) {
            behaviours.add(u.text().label(), AnnomiBehaviour.of(turns.skillOf(u.text().text(), u.text().context())));
            boolean predicted = turns.adviceScoreOf(c.advice(), u.text().text()) >= SkillAdviceDetector.DEFAULT_THRESHOLD;
            advice.add(u.advice() ? "advice" : "not_advice", predicted ? "advice" : "not_advice");
        }
        behaviours.print(out);
        out.println();
        out.printf(Locale.ROOT, "advice (therapist_input_subtype == advice) at threshold %.2f%n", SkillAdviceDetector.DEFAULT_THRESHOLD);
        advice.print(out);
        // The false-positive rate: the share of non-advice utterances the detector calls advice.
        out.printf(Locale.ROOT, "annomi macro_f1=%s advice_precision=%s advice_recall=%s advice_fpr=%s n=%d%n",
                ConfusionMatrix.format(behaviours.macroF1()), ConfusionMatrix.format(advice.precision("advice")),
                ConfusionMatrix.format(advice.recall("advice")),
                ConfusionMatrix.format(1 - advice.recall("not_advice")), behaviours.total());
    }

    private void evaluateEsconv(List<LabelledText> rows, PrintWriter out) {
        TurnSkills turns = new TurnSkills(productSkills(classifiers.get()));
        ConfusionMatrix matrix = new ConfusionMatrix(EsconvFile.STRATEGIES);
        for (LabelledText row : rows) {
            matrix.add(row.label(), turns.skillOf(row.text(), row.context()).esconvStrategy());
        }
        matrix.print(out);
        out.printf(Locale.ROOT, "esconv accuracy=%s macro_f1=%s n=%d%n",
                ConfusionMatrix.format(matrix.accuracy()), ConfusionMatrix.format(matrix.macroF1()), matrix.total());
    }

    /** What the product labels with: confident surface rules first, the trained head for the rest. */
    private static org.practicum.core.analysis.SkillClassifier productSkills(Classifiers c) {
        return org.practicum.core.classify.HybridSkillClassifier.of(c.skills());
    }
}
