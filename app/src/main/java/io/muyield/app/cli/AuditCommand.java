package io.muyield.app.cli;

import io.muyield.store.Database;
import io.muyield.app.shared.UserFacingException;
import io.muyield.store.audit.AuditRepository;
import io.muyield.store.audit.ChainCheck;
import org.springframework.dao.DataAccessException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code muyield audit verify}: walks the audit chain (read only); prints OK or the first broken entry (exit 1 then). */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail.", subcommands = AuditCommand.Verify.class)
final class AuditCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify the hash chain of the audit trail: prints OK, or the first changed, removed or inserted entry and exits with 1.")
    static final class Verify implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        @Override
        public Integer call() {
            try (Database db = Database.open(database.jdbcUrl(), System.getenv("MUYIELD_DB_USER"), System.getenv("MUYIELD_DB_PASSWORD"))) {
                ChainCheck check;
                try {
                    check = new AuditRepository(db).verify();
                } catch (DataAccessException e) {
                    throw new UserFacingException("no audit trail in " + db + " (is it a muyield database? 'muyield db migrate' creates the tables)", e);
                }
                if (check.ok()) {
                    spec.commandLine().getOut().println(check.describe());
                    return 0;
                }
                spec.commandLine().getErr().println(check.describe());
                return 1;
            }
        }
    }
}
