package io.muyield.store.summary;

import io.muyield.store.Database;

import java.util.List;

/** The years for which any enterprise has a record of facts, ascending. */
public final class FactYears {

    private final Database database;

    public FactYears(Database database) {
        this.database = database;
    }

    public List<Integer> all() {
        return database.jdbc().queryForList("SELECT DISTINCT year FROM enterprise_year ORDER BY year", Integer.class);
    }
}
