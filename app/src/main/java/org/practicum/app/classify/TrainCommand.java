package org.practicum.app.classify;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.practicum.core.analysis.Skill;
import org.practicum.core.classify.Classifiers;
import org.practicum.core.classify.CueTuning;
import org.practicum.core.classify.EmotionFeatures;
import org.practicum.core.classify.HeadFiles;
import org.practicum.core.classify.LinearHead;
import org.practicum.core.classify.MoveFeatures;
import org.practicum.core.classify.SkillFeatures;
import org.practicum.core.classify.SoftmaxTrainer;
import org.practicum.core.cue.CueKind;
import org.practicum.core.text.Embedder;
import org.practicum.core.text.MiniLmEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code practicum train}: rebuilds the shipped heads from their sources. Deterministic (fixed seeds),
 * so the same inputs give the same files. Progress goes to stderr, one line per written file to stdout.
 */
@Command(name = "train", description = {"Rebuild the shipped classifier heads from their sources:",
        "emotion from GoEmotions train, skills from training/skills.tsv, cues from training/cues.tsv,",
        "moves from training/moves.tsv."})
public final class TrainCommand implements Callable<Integer> {

    private static final List<String> HEADS = List.of("emotion", "skills", "cues", "moves");

    @Option(names = "--goemotions", paramLabel = "FILE",
            description = "GoEmotions Ekman train TSV (needed for the emotion head).")
    Path goEmotions;

    @Option(names = "--skills", paramLabel = "FILE", defaultValue = "training/skills.tsv",
            description = "Authored skill examples (default: ${DEFAULT-VALUE}).")
    Path skills;

    @Option(names = "--cues", paramLabel = "FILE", defaultValue = "training/cues.tsv",
            description = "Authored cue exemplars (default: ${DEFAULT-VALUE}).")
    Path cues;

    @Option(names = "--moves", paramLabel = "FILE", defaultValue = "training/moves.tsv",
            description = "Authored trainee moves (default: ${DEFAULT-VALUE}).")
    Path moves;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "bot-core/src/main/resources/models",
            description = "Where the heads are written (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--heads", split = ",", paramLabel = "HEAD",
            description = "Which heads to rebuild: emotion, skills, cues, moves (default: all).")
    Set<String> heads = new LinkedHashSet<>(HEADS);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Supplier<Embedder> embedder;

    public TrainCommand() {
        this(MiniLmEmbedder::new);
    }

    TrainCommand(Supplier<Embedder> embedder) {
        this.embedder = embedder;
    }

    @Override
    public Integer call() throws Exception {
        for (String head : heads) {
            if (!HEADS.contains(head)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "Unknown head '" + head + "' (expected some of " + String.join(", ", HEADS) + ")");
            }
        }
        if (heads.contains("emotion") && goEmotions == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing --goemotions FILE (needed to rebuild the emotion head; or pass --heads skills,cues,moves)");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter log = spec.commandLine().getErr();
        Embedder e = embedder.get();
        if (heads.contains("emotion")) {
            Path file = out.resolve(fileName(Classifiers.EMOTION_HEAD));
            HeadFiles.write(trainEmotion(e, log), file);
            stdout.println("wrote " + file);
        }
        if (heads.contains("skills")) {
            Path file = out.resolve(fileName(Classifiers.SKILL_HEAD));
            HeadFiles.write(HeadTraining.trainSkills(AuthoredFile.readSkills(skills), new SkillFeatures(e),
                    "training/skills.tsv (authored by the Practicum project)"), file);
            stdout.println("wrote " + file);
        }
        if (heads.contains("cues")) {
            Path file = out.resolve(fileName(Classifiers.CUE_EXEMPLARS));
            List<CueTuning.Line> lines = AuthoredFile.readCues(cues).stream()
                    .map(r -> new CueTuning.Line(kindOrNone(r.label()), r.text())).toList();
            CueTuning.tuned(lines, e, "training/cues.tsv (authored by the Practicum project)", log).write(file);
            stdout.println("wrote " + file);
        }
        if (heads.contains("moves")) {
            MoveHeadTraining.Trained trained = new MoveHeadTraining(AuthoredFile.readMoves(moves), new MoveFeatures(e))
                    .train("training/moves.tsv (authored by the Practicum project)", log);
            Path head = out.resolve(fileName(Classifiers.MOVE_HEAD));
            HeadFiles.write(trained.head(), head);
            Path thresholds = out.resolve(fileName(Classifiers.MOVE_THRESHOLDS));
            trained.thresholds().write(thresholds);
            stdout.println("wrote " + head);
            stdout.println("wrote " + thresholds);
        }
        stdout.flush();
        return 0;
    }

    private LinearHead trainEmotion(Embedder e, PrintWriter log) throws Exception {
        List<LabelledText> rows = GoEmotionsFile.readSingleLabel(goEmotions);
        log.printf(Locale.ROOT, "emotion: embedding %d single-label GoEmotions rows%n", rows.size());
        log.flush();
        List<float[]> features = new ArrayList<>(rows.size());
        int[] targets = new int[rows.size()];
        for (int start = 0; start < rows.size(); start += 1024) {
            List<LabelledText> batch = rows.subList(start, Math.min(rows.size(), start + 1024));
            // One text per call, in parallel: batching pads every text to the longest in the batch,
            // which costs far more than it saves on Reddit-length comments.
            List<float[]> vectors = batch.parallelStream().map(r -> e.embed(r.text().strip())).toList();
            for (int i = 0; i < batch.size(); i++) {
                features.add(EmotionFeatures.vector(batch.get(i).text().strip(), vectors.get(i)));
                targets[start + i] = GoEmotionsFile.LABELS.indexOf(batch.get(i).label());
            }
            log.printf(Locale.ROOT, "emotion: %d/%d%n", Math.min(rows.size(), start + 1024), rows.size());
            log.flush();
        }
        return new SoftmaxTrainer(HeadTraining.EMOTION_SETTINGS).train(features, targets, GoEmotionsFile.LABELS,
                "GoEmotions train (Demszky et al. 2020, Apache-2.0), Ekman grouping, single-label rows");
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    static List<String> skillLabels() {
        return EnumSet.allOf(Skill.class).stream().map(Skill::id).toList();
    }

    static CueKind kindOrNone(String label) {
        return label.equals("none") ? null : CueKind.parse(label);
    }
}
