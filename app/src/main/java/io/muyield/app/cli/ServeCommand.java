package io.muyield.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;

/** {@code muyield serve}: the web application on an existing database (migrated on start). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web application and the API on the given database (migrated on start).")
final class ServeCommand implements Runnable {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public void run() {
        ServerLauncher.start(port, database, false, Map.of());
    }
}
