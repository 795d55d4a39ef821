package io.muyield.store.industry;

import io.muyield.core.industry.IndustryCatalog;
import io.muyield.core.industry.IndustryClass;
import io.muyield.core.industry.IndustryCode;
import io.muyield.store.Database;

import java.util.List;
import java.util.Optional;

/** Reads the GB/T 4754-2017 catalogue. */
public final class IndustryRepository {

    private final Database database;

    public IndustryRepository(Database database) {
        this.database = database;
    }

    /** The whole catalogue, ordered by code. */
    public IndustryCatalog catalog() {
        List<IndustryClass> classes = database.jdbc().query(
                "SELECT code, name_zh, name_en, parent_code, section FROM industry_class ORDER BY code",
                (rs, n) -> new IndustryClass(new IndustryCode(rs.getString("code")), rs.getString("name_zh"),
                        Optional.ofNullable(rs.getString("name_en")),
                        Optional.ofNullable(rs.getString("parent_code")).map(IndustryCode::new),
                        rs.getString("section").charAt(0)));
        return new IndustryCatalog(classes);
    }
}
