package org.practicum.app.classify;

import java.util.concurrent.Callable;
import org.practicum.app.eval.EvalClientCommand;
import org.practicum.app.eval.EvalFeedbackCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code practicum eval}: measures the offline classifiers on annotated data. */
@Command(name = "eval", description = "Measure the offline classifiers on annotated data.",
        subcommands = {EvalEmotionsCommand.class, EvalStrategiesCommand.class, EvalClientCommand.class,
                EvalFeedbackCommand.class})
public final class EvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: emotions, strategies, client or feedback");
    }
}
