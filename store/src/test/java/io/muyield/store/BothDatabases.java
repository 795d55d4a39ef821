package io.muyield.store;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.ParameterDeclarations;

import java.util.stream.Stream;

/**
 * Runs a {@code @ParameterizedClass} once on DuckDB and once on PostgreSQL, each with its own {@link TestDatabase}
 * (closed after the class run). PostgreSQL is left out only with {@code -Dmuyield.skipPostgres=true}; otherwise an
 * unreachable server makes its tests fail with a message saying what to set.
 */
public final class BothDatabases implements ArgumentsProvider {

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        return TestDatabase.skipPostgres()
                ? Stream.of(Arguments.of(new TestDatabase(Dialect.DUCKDB)))
                : Stream.of(Arguments.of(new TestDatabase(Dialect.DUCKDB)), Arguments.of(new TestDatabase(Dialect.POSTGRESQL)));
    }
}
