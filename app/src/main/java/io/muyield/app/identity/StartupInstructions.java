package io.muyield.app.identity;

import io.muyield.app.shared.MuyieldProperties;
import io.muyield.store.Database;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.PrintStream;

/** Tells the person who started muyield where to open it and how to sign in. */
@Component
class StartupInstructions {

    private final MuyieldProperties properties;
    private final Database database;
    private final UserBootstrap users;

    StartupInstructions(MuyieldProperties properties, Database database, UserBootstrap users) {
        this.properties = properties;
        this.database = database;
        this.users = users;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : -1;
        PrintStream out = System.out;
        out.println();
        out.println("muyield is ready: open http://localhost:" + port + "/");
        out.println("  database: " + database);
        if (properties.demo().enabled()) {
            out.println("  demo logins (user / password):");
            for (DemoUser u : DemoUser.ALL) {
                if (!users.demoScopes().containsKey(u.username())) {
                    continue;
                }
                String scope = users.demoScopes().get(u.username());
                out.printf("    %-10s / %-19s %s (%s)%s%n", u.username(), u.password(), u.role().nameZh(), u.role().nameEn(),
                        scope.isEmpty() ? "" : " " + scope);
            }
        } else {
            out.println("  users are kept in the database; the first administrator is 'admin' (password from MUYIELD_ADMIN_PASSWORD)");
        }
        out.println("  API: http://localhost:" + port + "/api/v1/docs   health: http://localhost:" + port + "/api/v1/health");
        out.println("  stop with Ctrl+C");
        out.flush();
    }
}
