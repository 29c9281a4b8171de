package org.practicum.core.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.emotion.EmotionCategory;
import org.practicum.core.emotion.Trend;
import org.practicum.core.scenario.Line;
import org.practicum.core.scenario.Scenario;
import org.practicum.core.simulation.ClientMove;
import org.practicum.core.simulation.ClientReply;

/**
 * Whole scripted sessions through the engine, read per client line as a supervisor reads the mood line
 * (issue 13, item 7): category, valence, arousal and trend against what the trainee did and what the
 * person just said. The properties it counts are the item's targets.
 */
final class MoodWalk {

    /** Trainee moves after which the person cannot feel better (a talk about oneself brushes them off too). */
    static final Set<FlagKind> RUPTURES = EnumSet.of(FlagKind.PREMATURE_ADVICE, FlagKind.JUDGING,
            FlagKind.MINIMISING, FlagKind.MISSED_DISTRESS_CUE, FlagKind.SELF_FOCUS);
    /** Moves that say something that hurts to say. */
    static final Set<ClientMove> HEAVY_MOVES = EnumSet.of(ClientMove.VOICE_CUE, ClientMove.ANSWER_CUE,
            ClientMove.ANSWER_RISK);
    static final Set<ClientMove> REACTIONS = EnumSet.of(ClientMove.WITHDRAW, ClientMove.HURT, ClientMove.IRRITATED,
            ClientMove.GO_QUIET, ClientMove.LEAVE);
    /** Valence at or below this is "pinned": the most negative a person can be, not a withdrawn one. */
    static final double PINNED = -0.95;

    /** One client line in a session, with what came before it. */
    record Row(String session, int turn, String trainee, Set<FlagKind> ruptures, ClientReply client, String tag,
               String layer, double trust, double trustBefore, boolean riskToldBefore, boolean riskTold) {

        boolean heavy() {
            EmotionCategory t = tag == null ? null : EmotionCategory.parse(tag);
            boolean negativeTag = t != null && t.typicalValence() < 0;
            return negativeTag || HEAVY_MOVES.contains(client.move()) || client.emotion().category().typicalValence() < 0;
        }

        String line() {
            return String.format(Locale.ROOT, "%s t%-2d %-9s %-13s v%+.2f a%+.2f %-6s trust %.2f%s | %s | T: %s%n", session,
                    turn, client.emotion().category().id(), client.move().id(), client.emotion().valence(),
                    client.emotion().arousal(), client.trend().name().toLowerCase(Locale.ROOT), trust,
                    ruptures.isEmpty() ? "" : " " + ruptures, cut(client.text(), 90), cut(trainee, 70));
        }

        private static String cut(String s, int n) {
            return s == null ? "" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
        }
    }

    /** A violation of one property, on one line. */
    record Violation(String property, Row row) {
    }

    private MoodWalk() {
    }

    static List<Row> walk(EngineFixture fixture, Scenario scenario, String style, long seed, List<String> lines) {
        String id = fixture.start(scenario.id(), seed).sessionId();
        for (String line : lines) {
            if (fixture.engine.find(id).orElseThrow().lastActive().orElseThrow().stateAfter().ended()) {
                break;
            }
            fixture.engine.reply(id, line);
        }
        List<TurnRecord> turns = fixture.engine.find(id).orElseThrow().activeTurns();
        List<Row> rows = new ArrayList<>();
        String name = scenario.id() + "/" + style + "/" + seed;
        for (int i = 1; i < turns.size(); i++) {
            TurnRecord t = turns.get(i);
            TurnRecord before = turns.get(i - 1);
            Set<FlagKind> ruptures = EnumSet.noneOf(FlagKind.class);
            t.analysis().flags().stream().map(f -> f.kind()).filter(RUPTURES::contains).forEach(ruptures::add);
            rows.add(new Row(name, t.turn(), t.traineeText(), ruptures, t.client(), tagOf(scenario, t.client().text()),
                    t.client().layerId(), t.stateAfter().trust(), before.stateAfter().trust(),
                    before.stateAfter().riskDisclosed(), t.stateAfter().riskDisclosed()));
        }
        return rows;
    }

    /** The authored emotion of the line said, when it is one of the scenario's lines. */
    private static String tagOf(Scenario scenario, String text) {
        String tag = null;
        int longest = 0;
        for (Line l : scenario.allLines()) {
            if (text.contains(l.text()) && l.text().length() > longest) {
                tag = l.emotion().id();
                longest = l.text().length();
            }
        }
        return tag;
    }

    /** Every violation in one session's rows (adjacent lines are compared within the session). */
    static List<Violation> check(List<Row> rows) {
        List<Violation> out = new ArrayList<>();
        Row previous = null;
        for (Row r : rows) {
            if (!r.ruptures().isEmpty() && r.client().trend() == Trend.BETTER) {
                out.add(new Violation("better after a rupture", r));
            }
            boolean toldNow = r.riskTold() && !r.riskToldBefore();
            if (r.client().trend() == Trend.OPENED_UP && (r.trust() <= r.trustBefore() && !toldNow
                    || !r.ruptures().isEmpty())) {
                out.add(new Violation("'heavier for what was told' without trust earned", r));
            }
            if (r.heavy() && r.client().trend() == Trend.BETTER) {
                out.add(new Violation("better on a heavy line", r));
            }
            if ((r.riskToldBefore() || r.riskTold()) && r.client().emotion().category() == EmotionCategory.HAPPINESS) {
                out.add(new Violation("happiness after a risk disclosure", r));
            }
            if (r.heavy() && r.client().emotion().valence() >= 0) {
                out.add(new Violation("heavy line not negative", r));
            }
            if (r.client().emotion().valence() <= PINNED) {
                out.add(new Violation("valence pinned", r));
            }
            if (previous != null && flickers(previous, r)) {
                out.add(new Violation("reaction changed with no change of state", r));
            }
            previous = r;
        }
        return out;
    }

    /**
     * The category changed though nothing did: same layer, no rupture or risk telling now or just before,
     * the same kind of move, and the new category is not the line's own.
     */
    static boolean flickers(Row before, Row now) {
        EmotionCategory was = before.client().emotion().category();
        EmotionCategory is = now.client().emotion().category();
        if (was == is) {
            return false;
        }
        boolean stateChanged = !before.layer().equals(now.layer()) || !now.ruptures().isEmpty()
                || !before.ruptures().isEmpty() || before.riskTold() != now.riskTold()
                || REACTIONS.contains(before.client().move()) != REACTIONS.contains(now.client().move())
                || now.client().move() == ClientMove.THANK_AND_CLOSE;
        // A glad line said from a low mood shows guarded: that change is the line's too.
        boolean guardedGlad = "happiness".equals(now.tag()) && is == EmotionCategory.NEUTRAL;
        boolean ownWords = now.tag() != null && (now.tag().equals(is.id()) || guardedGlad)
                && !now.tag().equals(before.tag());
        return !stateChanged && !ownWords;
    }

    /** How often the emotion's reaction changed from one client line to the next. */
    static long reactionChanges(List<Row> rows) {
        long n = 0;
        for (int i = 1; i < rows.size(); i++) {
            n += rows.get(i).client().emotion().category() != rows.get(i - 1).client().emotion().category() ? 1 : 0;
        }
        return n;
    }

    static void write(Path file, List<Row> rows, List<Violation> violations) {
        StringBuilder out = new StringBuilder();
        rows.forEach(r -> out.append(r.line()));
        out.append("\nviolations\n");
        violations.forEach(v -> out.append(v.property()).append(": ").append(v.row().line()));
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
