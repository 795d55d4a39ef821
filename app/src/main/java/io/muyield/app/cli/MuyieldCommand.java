package io.muyield.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** {@code muyield}: the root command. Every failure ends as one clear line on stderr and a non-zero exit. */
@Command(name = "muyield", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "亩均论英雄 evaluation and the 33618 cluster system for a city's manufacturing.",
        subcommands = {DemoCommand.class, ServeCommand.class, GenerateCommand.class, EvaluateCommand.class, DbCommand.class, VersionCommand.class,
                ImportCommand.class,
                AuditCommand.class,
                CommandLine.HelpCommand.class})
public final class MuyieldCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What running the command line led to: an exit code, or a server that keeps the JVM alive. */
    public record Outcome(int exitCode, boolean serving) {
    }

    public static Outcome run(String... args) {
        return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    public static Outcome run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new MuyieldCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("muyield: " + ex.getMessage() + " (see 'muyield " + subcommandPath(ex.getCommandLine()) + "--help')");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            err.println("muyield: " + CliFailure.describe(ex));
            return 1;
        });
        int code = cli.execute(args);
        return new Outcome(code, code == 0 && ServerLauncher.isServing());
    }

    private static String subcommandPath(CommandLine cl) {
        StringBuilder path = new StringBuilder();
        for (CommandLine c = cl; c != null && c.getParent() != null; c = c.getParent()) {
            path.insert(0, c.getCommandName() + " ");
        }
        return path.toString();
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
