package org.practicum.app.classify;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.practicum.core.classify.Classifiers;
import org.practicum.core.emotion.EmotionClassifier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code practicum eval emotions FILE}: the emotion classifier on single-label GoEmotions (Ekman) rows. */
@Command(name = "emotions", description = {"Classify single-label rows of a GoEmotions Ekman TSV and report",
        "per-class figures, the confusion matrix and: emotions macro_f1=X accuracy=X n=N"})
public final class EvalEmotionsCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "GoEmotions TSV: text, comma-separated Ekman ids, comment id.")
    Path file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<EmotionClassifier> classifier;

    public EvalEmotionsCommand() {
        this(() -> Classifiers.loadDefault().emotions());
    }

    EvalEmotionsCommand(Supplier<EmotionClassifier> classifier) {
        this.classifier = classifier;
    }

    @Override
    public Integer call() throws Exception {
        List<LabelledText> rows = GoEmotionsFile.readSingleLabel(file);
        EmotionClassifier emotions = classifier.get();
        ConfusionMatrix matrix = new ConfusionMatrix(GoEmotionsFile.LABELS);
        for (LabelledText row : rows) {
            matrix.add(row.label(), emotions.classify(row.text()).category().id());
        }
        PrintWriter out = spec.commandLine().getOut();
        matrix.print(out);
        out.printf(Locale.ROOT, "emotions macro_f1=%s accuracy=%s n=%d%n",
                ConfusionMatrix.format(matrix.macroF1()), ConfusionMatrix.format(matrix.accuracy()), matrix.total());
        out.flush();
        return 0;
    }
}
