package io.muyield.store.reference;

import io.muyield.store.energy.EnergyFactor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** energy_factors.csv → {@link EnergyFactor}s, numbered by row. */
final class EnergyFactorTable {

    static final String FILE = "energy_factors.csv";

    private EnergyFactorTable() {
    }

    static List<EnergyFactor> parse(CsvTable table) {
        int[] id = {0};
        return table.map(row -> {
            id[0]++;
            String value = row.required("value");
            return new EnergyFactor(id[0], row.required("category"), row.required("item_zh"), row.get("item_en"),
                    row.required("parameter"), value, number(value), row.get("unit"), row.get("version_or_year"),
                    row.get("region"), row.get("source"), row.get("confidence"), row.get("note"));
        });
    }

    private static Optional<BigDecimal> number(String value) {
        return value.matches("-?\\d+(\\.\\d+)?") ? Optional.of(new BigDecimal(value)) : Optional.empty();
    }
}
