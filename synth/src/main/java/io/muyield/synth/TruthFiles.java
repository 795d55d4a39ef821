package io.muyield.synth;

import io.muyield.core.fact.FactField;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * The oracle files under {@code _truth/} (UTF-8, comma, LF): enterprises.csv, facts_{year}.csv, faults.csv.
 * Amounts are canonical (万元, 亩, tce, kWh, t, persons) exact decimals; compare numerically.
 */
final class TruthFiles {

    private TruthFiles() {
    }

    static final String[] ENTERPRISE_HEADERS = {"credit_code", "name", "district_code", "zone_code", "park_code",
            "industry_code", "founded", "status", "exit_year", "landlord_credit_code", "key_polluter"};

    static void factsHeader(CsvOut o) throws IOException {
        o.text("credit_code").text("year").text("above_scale");
        for (FactField f : Truth.FIELDS) {
            o.text(f.column());
        }
        o.text("environment_violations").endRow();
    }

    static void factsRow(CsvOut o, Firm f, YearFigures y, Truth t) throws IOException {
        o.text(f.creditCode).number(y.year).text(y.aboveScale ? "true" : "false");
        for (int i = 0; i < Truth.FIELDS.length; i++) {
            if (t.present[i]) {
                o.decimal(t.unscaled[i], t.scale[i]);
            } else {
                o.blank();
            }
        }
        if (f.polluter) {
            o.number(y.violations);
        } else {
            o.blank();
        }
        o.endRow();
    }

    static void enterpriseHeader(CsvOut o) throws IOException {
        for (String h : ENTERPRISE_HEADERS) {
            o.text(h);
        }
        o.endRow();
    }

    static void enterpriseRows(CsvOut o, Block block, FirmFactory factory) throws IOException {
        for (int s = 0; s < block.count; s++) {
            Firm f = block.firms[s];
            DistrictTable.Entry region = factory.districts.entry(f.region);
            o.text(f.creditCode).text(f.name).text(factory.districts.entry(f.district).code())
                    .text(region.zone() ? region.code() : "").text(f.park >= 0 ? factory.parks.park(f.park).code() : "")
                    .text(factory.industries.subclass(f.subclass).code().value()).text(Dates.iso(f.foundedDay))
                    .text(Status.of(f, factory.spec.lastYear()).name());
            if (f.exitYear != 0) {
                o.number(f.exitYear);
            } else {
                o.blank();
            }
            o.text(f.tenant ? block.firms[f.landlord].creditCode : "").text(f.polluter ? "true" : "false").endRow();
        }
    }

    static void faults(Path truthDir, List<FaultLog.Entry> entries) throws IOException {
        List<FaultLog.Entry> sorted = entries.stream()
                .sorted(Comparator.comparing(FaultLog.Entry::file).thenComparing(FaultLog.Entry::sheet).thenComparingInt(FaultLog.Entry::row))
                .toList();
        try (CsvOut o = new CsvOut(java.nio.file.Files.newOutputStream(truthDir.resolve("faults.csv")), StandardCharsets.UTF_8, ',', false, "\n")) {
            o.text("file").text("sheet").text("row").text("field").text("kind").endRow();
            for (FaultLog.Entry e : sorted) {
                o.text(e.file()).text(e.sheet()).number(e.row()).text(e.field()).text(e.kind().name()).endRow();
            }
        }
    }
}
