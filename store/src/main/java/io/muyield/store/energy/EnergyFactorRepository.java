package io.muyield.store.energy;

import io.muyield.store.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads the energy and carbon conversion factors. */
public final class EnergyFactorRepository {

    private final Database database;

    public EnergyFactorRepository(Database database) {
        this.database = database;
    }

    public List<EnergyFactor> all() {
        return database.jdbc().query("SELECT * FROM energy_factor ORDER BY id", (rs, n) -> map(rs));
    }

    public List<EnergyFactor> byCategory(String category) {
        return database.jdbc().query("SELECT * FROM energy_factor WHERE category = ? ORDER BY id", (rs, n) -> map(rs), category);
    }

    private static EnergyFactor map(ResultSet rs) throws SQLException {
        return new EnergyFactor(rs.getInt("id"), rs.getString("category"), rs.getString("item_zh"), text(rs, "item_en"),
                rs.getString("parameter"), rs.getString("value"),
                Optional.ofNullable(rs.getBigDecimal("value_number")).map(io.muyield.store.StoredDecimal::fromColumn),
                text(rs, "unit"), text(rs, "version_or_year"), text(rs, "region"), text(rs, "source"),
                text(rs, "confidence"), text(rs, "note"));
    }

    private static String text(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? "" : s;
    }
}
