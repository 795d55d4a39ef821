package io.muyield.app;

import io.muyield.store.Database;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the web tests: the whole application on a random port over a fresh embedded DuckDB file holding
 * {@link TestCity} (loaded before each test unless present); the administrator signs in with {@link #ADMIN_PASSWORD}.
 */
@SpringBootTest(classes = MuyieldWebApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MUYIELD_ADMIN_PASSWORD=" + WebTest.ADMIN_PASSWORD, "muyield.demo.enabled=false"})
public abstract class WebTest {

    public static final String ADMIN_PASSWORD = "test-admin-password";
    private static final Path DATA_DIR = temporaryDirectory("muyield-webtest");

    @Autowired
    protected Database database;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void loadTestCity() {
        TestCity.loadOnce(database);
    }

    /** A new form session signed in as the user (the test fails when the login sends it back to the login page). */
    protected FormSession signedIn(String user, String password) throws IOException, InterruptedException {
        FormSession session = new FormSession(port);
        assertThat(session.signIn(user, password)).doesNotContain("/login");
        return session;
    }

    /** The API as the administrator, with HTTP Basic. */
    protected ApiClient api() {
        return new ApiClient(port, "admin", ADMIN_PASSWORD);
    }

    /**
     * The shared database, unless the test class names its own with {@link #OWN_DB_URL} and {@link #OWN_DATA_DIR} (a
     * subclass registering {@code muyield.db.url} itself does not win: this method's registration comes last).
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("muyield.db.url", () -> "${" + OWN_DB_URL + ":jdbc:duckdb:" + DATA_DIR.resolve("muyield.duckdb") + "}");
        registry.add("muyield.data-dir", () -> "${" + OWN_DATA_DIR + ":" + DATA_DIR + "}");
    }

    /** Register these in a subclass's {@code @DynamicPropertySource} to run it on a database of its own. */
    public static final String OWN_DB_URL = "muyield.test.own-db-url";
    public static final String OWN_DATA_DIR = "muyield.test.own-data-dir";

    /**
     * Registers {@link #OWN_DB_URL} and {@link #OWN_DATA_DIR} over a new temporary directory (named by {@code prefix}):
     * call it from a subclass's {@code @DynamicPropertySource} method to run that class on a database of its own.
     */
    protected static void useOwnDatabase(DynamicPropertyRegistry registry, String prefix) {
        Path dir = temporaryDirectory(prefix);
        registry.add(OWN_DB_URL, () -> "jdbc:duckdb:" + dir.resolve("muyield.duckdb"));
        registry.add(OWN_DATA_DIR, dir::toString);
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
