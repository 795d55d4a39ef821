package io.muyield.app.cli;

import io.muyield.app.shared.UserFacingException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;

/**
 * {@code muyield demo}: the server on the embedded database; on first start it creates the database, loads the
 * reference data and the generated Chongqing demo city, and creates one demo user per role.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Serve with the Chongqing demo data (loaded on first start) and the demo users.")
final class DemoCommand implements Runnable {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--enterprises", paramLabel = "N", defaultValue = "0",
            description = "size of the demo city on first start (default: 0 = the calibrated Chongqing size)")
    int enterprises;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "20231009", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Override
    public void run() {
        if (enterprises < 0) {
            throw new UserFacingException("--enterprises must be 0 or more, was " + enterprises);
        }
        ServerLauncher.start(port, database, true, Map.of("muyield.demo.enterprises", enterprises, "muyield.demo.seed", seed));
    }
}
