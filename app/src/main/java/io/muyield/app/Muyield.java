package io.muyield.app;

import io.muyield.app.cli.MuyieldCommand;

/** Entry point of the muyield jar: the command line decides whether to serve, generate or migrate. */
public final class Muyield {

    private Muyield() {
    }

    public static void main(String[] args) {
        MuyieldCommand.Outcome outcome = MuyieldCommand.run(args);
        if (!outcome.serving()) {
            System.exit(outcome.exitCode());
        }
    }
}
