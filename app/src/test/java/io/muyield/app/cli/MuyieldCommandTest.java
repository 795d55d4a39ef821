package io.muyield.app.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MuyieldCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private MuyieldCommand.Outcome run(String... args) {
        return MuyieldCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void unknownFlagIsOneLineAndExitTwo() {
        MuyieldCommand.Outcome outcome = run("demo", "--bogus");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(err.toString().strip()).doesNotContain("\n").contains("Unknown option: '--bogus'").contains("muyield demo --help");
        assertThat(outcome.serving()).isFalse();
    }

    @Test
    void portInUseIsOneClearLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            MuyieldCommand.Outcome outcome = run("serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(outcome.exitCode()).isEqualTo(1);
            assertThat(err.toString().strip()).doesNotContain("\n")
                    .isEqualTo("muyield: port " + taken.getLocalPort() + " is already in use; choose another with --port");
        }
    }

    @Test
    void badDatabaseUrlIsOneClearLine(@TempDir Path dir) {
        MuyieldCommand.Outcome outcome = run("db", "migrate", "--db", "jdbc:nosuchdb://x");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(err.toString().strip()).doesNotContain("\n").startsWith("muyield: ").doesNotContain("Exception");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "serve", "generate", "evaluate", "import", "version"}) {
            out.getBuffer().setLength(0);
            assertThat(run(command, "--help").exitCode()).isZero();
            assertThat(out.toString()).contains("Usage: muyield " + command);
        }
        assertThat(run("db", "migrate", "--help").exitCode()).isZero();
        assertThat(out.toString()).contains("--data-dir").contains("--db");
    }

    @Test
    void versionPrints() {
        assertThat(run("version").exitCode()).isZero();
        assertThat(out.toString()).startsWith("muyield ");
    }
}
