package io.muyield.app.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.nio.file.Path;

/** Settings under {@code muyield.*}; the command line fills them, environment variables (MUYIELD_DB_URL …) may too. */
@ConfigurationProperties("muyield")
public record MuyieldProperties(Path dataDir, Db db, Demo demo) {

    public record Db(String url, String user, String password) {
    }

    public record Demo(boolean enabled, int enterprises, long seed) {
    }
}
