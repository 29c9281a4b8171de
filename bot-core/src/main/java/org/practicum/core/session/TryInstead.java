package org.practicum.core.session;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.practicum.core.analysis.Analysis;
import org.practicum.core.analysis.Flag;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.analysis.MessageReader;
import org.practicum.core.suggestion.Suggestion;
import org.practicum.core.suggestion.SuggestionKind;
import org.practicum.core.suggestion.Suggestions;

/**
 * A flag's "try instead" words, taken from the suggestions shown for the very client message the trainee
 * answered: written for what this client just said and grounded in what they have told, where a fixed
 * example fits any story and no one in particular. A missed cue keeps its direct question unless one of
 * the suggestions asked it.
 */
final class TryInstead {

    private static final String SAYS_BACK = "It sounds like";

    private TryInstead() {
    }

    static Analysis fromShown(Analysis analysis, Suggestions shown) {
        if (analysis == null || analysis.flags().isEmpty() || shown == null || shown.items().isEmpty()) {
            return analysis;
        }
        List<Flag> flags = analysis.flags().stream()
                .map(flag -> example(flag.kind(), shown.items()).map(flag::tryingInstead).orElse(flag))
                .toList();
        return analysis.withFlags(flags);
    }

    private static Optional<String> example(FlagKind kind, List<Suggestion> shown) {
        return switch (kind) {
            case MISSED_DISTRESS_CUE -> first(shown, s -> MessageReader.asksAboutSuicide(s.text()));
            // Advice, self-focus and a run of closed questions: an open question or reflection about them.
            case PREMATURE_ADVICE, SELF_FOCUS -> first(shown, s -> s.kind() == SuggestionKind.MI && !ownsUp(s))
                    .or(() -> first(shown, s -> s.kind() == SuggestionKind.MI));
            case CLOSED_QUESTION_STREAK -> first(shown, s -> s.kind() == SuggestionKind.MI
                    && s.text().strip().endsWith("?"));
            // Minimising and judging: taking the feeling seriously, their words said back.
            case MINIMISING, JUDGING -> first(shown, s -> s.kind() != SuggestionKind.MI && !ownsUp(s)
                    && s.text().startsWith(SAYS_BACK))
                    .or(() -> first(shown, s -> s.kind() != SuggestionKind.MI && !ownsUp(s)))
                    .or(() -> first(shown, s -> s.kind() == SuggestionKind.EMPATHETIC));
        };
    }

    /**
     * A suggestion that opens with the trainee owning up to an earlier slip ("I'm sorry…", "I think I jumped
     * ahead…"): shown as the example for this slip, it answers the wrong one.
     */
    private static boolean ownsUp(Suggestion s) {
        return s.text().startsWith("I'm sorry") || s.text().startsWith("I think I ");
    }

    private static Optional<String> first(List<Suggestion> shown, Predicate<Suggestion> fits) {
        return shown.stream().filter(fits).map(Suggestion::text).findFirst();
    }
}
