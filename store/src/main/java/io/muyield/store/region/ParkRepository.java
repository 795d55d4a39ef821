package io.muyield.store.region;

import io.muyield.core.region.Park;
import io.muyield.core.region.ParkLevel;
import io.muyield.store.Database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads the parks of the roster. */
public final class ParkRepository {

    private static final String SELECT = "SELECT code, name_zh, region_code, level FROM park ";

    private final Database database;

    public ParkRepository(Database database) {
        this.database = database;
    }

    public List<Park> all() {
        return database.jdbc().query(SELECT + "ORDER BY code", (rs, n) -> map(rs));
    }

    public Optional<Park> find(String code) {
        return database.jdbc().query(SELECT + "WHERE code = ?", (rs, n) -> map(rs), code).stream().findFirst();
    }

    /** The parks lying in a district, county or functional zone. */
    public List<Park> inRegion(String regionCode) {
        return database.jdbc().query(SELECT + "WHERE region_code = ? ORDER BY code", (rs, n) -> map(rs), regionCode);
    }

    private static Park map(ResultSet rs) throws SQLException {
        return new Park(rs.getString("code"), rs.getString("name_zh"), rs.getString("region_code"), ParkLevel.valueOf(rs.getString("level")));
    }
}
