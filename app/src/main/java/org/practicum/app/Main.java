package org.practicum.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.practicum.app.classify.EvalCommand;
import org.practicum.app.classify.TrainCommand;
import org.practicum.app.cli.BenchCommand;
import org.practicum.app.cli.PracticeCommand;
import org.practicum.app.cli.ScenariosCommand;
import org.practicum.app.cli.SessionsCommand;
import org.practicum.app.cli.TerminalPractice;
import org.practicum.app.cli.TerminalSteps;
import org.practicum.core.config.ConfigException;
import org.practicum.core.config.Secrets;
import org.practicum.core.platform.ChatPlatform;
import org.practicum.core.session.PracticeException;
import org.practicum.core.storage.StorageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code practicum}: the command line. Only contract output goes to stdout; logs go to stderr. */
@Command(name = "practicum", mixinStandardHelpOptions = true, version = "practicum 0.1.0",
        description = {"Practise supportive conversations with a simulated client.",
                "With no command and a terminal: practise here. With DISCORD_TOKEN or SLACK_* set: run the bots."},
        subcommands = {ScenariosCommand.class, PracticeCommand.class, SessionsCommand.class, BenchCommand.class,
                EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

    public static final int USAGE = 2;
    public static final int FAILURE = 1;

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Configuration directory (default: $PRACTICUM_CONFIG_DIR, else ./config).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> env;
    private final boolean interactive;

    public Main(Map<String, String> env, boolean interactive) {
        this.env = env;
        this.interactive = interactive;
    }

    public Map<String, String> env() {
        return env;
    }

    public Path configDir() {
        if (config != null) {
            return config;
        }
        String fromEnv = env.get("PRACTICUM_CONFIG_DIR");
        return Path.of(fromEnv != null && !fromEnv.isBlank() ? fromEnv : "config");
    }

    @Override
    public Integer call() throws Exception {
        Secrets secrets = new Secrets(env);
        if (Platforms.configured(secrets)) {
            Practicum practicum = Practicum.openToPractise(configDir(), env);
            List<ChatPlatform> platforms;
            try {
                platforms = Platforms.create(practicum, secrets, env);
            } catch (RuntimeException | Error e) {
                practicum.close();   // an unusable token must not leave the database open behind the error
                throw e;
            }
            return Platforms.runUntilShutdown(practicum, platforms);
        }
        if (interactive) {
            try (Practicum practicum = Practicum.openToPractise(configDir(), env)) {
                return new TerminalPractice(practicum, spec.commandLine().getOut()).run();
            }
        }
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (System.getProperty("logback.configurationFile") == null) {
            Path logback = Path.of(System.getenv().getOrDefault("PRACTICUM_CONFIG_DIR", "config"), "logback.xml");
            if (Files.isRegularFile(logback)) {
                System.setProperty("logback.configurationFile", logback.toString());
            }
        }
        boolean interactive = System.console() != null;
        if (practisesAtTheTerminal(args, interactive) && System.getenv("PRACTICUM_LOG_LEVEL") == null) {
            // log lines on the same screen break the conversation; warnings still show
            System.setProperty("PRACTICUM_LOG_LEVEL", "WARN");
        }
        System.exit(run(args, System.getenv(), interactive, System.in, System.out, System.err));
    }

    /** The terminal session (no command, at a console) and `practice` share the screen with the log. */
    static boolean practisesAtTheTerminal(String[] args, boolean interactive) {
        return args.length == 0 ? interactive : List.of(args).contains("practice");   // "--config=DIR practice" too
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(String[] args, Map<String, String> env, boolean interactive, InputStream in, PrintStream out,
                          PrintStream err) {
        CommandLine cli = commandLine(env, interactive, in);
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        return cli.execute(args);
    }

    static CommandLine commandLine(Map<String, String> env, boolean interactive, InputStream in) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == PracticeCommand.class ? (K) new PracticeCommand(in) : defaults.create(type);
            }
        };
        CommandLine cli = new CommandLine(new Main(env, interactive), factory);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof PracticeException p) {
                err.println("practicum: " + TerminalSteps.refusal(p));
                return p.reason() == PracticeException.Reason.UNKNOWN_SCENARIO
                        || p.reason() == PracticeException.Reason.NO_SUCH_SESSION ? USAGE : FAILURE;
            }
            if (e instanceof ConfigException || e instanceof StorageException) {
                err.println("practicum: " + e.getMessage());
                return FAILURE;
            }
            err.println("practicum: unexpected error: " + e);
            return FAILURE;
        });
        return cli;
    }
}
