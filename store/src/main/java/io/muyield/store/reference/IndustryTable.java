package io.muyield.store.reference;

import io.muyield.core.industry.IndustryCatalog;
import io.muyield.core.industry.IndustryClass;
import io.muyield.core.industry.IndustryCode;

import java.util.List;
import java.util.Optional;

/** gbt4754_2017.csv: code, level, name_zh, name_en, parent, section → the GB/T 4754-2017 catalogue. */
final class IndustryTable {

    static final String FILE = "gbt4754_2017.csv";

    private IndustryTable() {
    }

    static IndustryCatalog parse(CsvTable table) {
        List<IndustryClass> classes = table.map(IndustryTable::parseRow);
        try {
            return new IndustryCatalog(classes);
        } catch (IllegalArgumentException e) {
            throw new ReferenceDataException(table.file() + ": " + e.getMessage(), e);
        }
    }

    private static IndustryClass parseRow(CsvRow row) {
        IndustryCode code = IndustryCode.parse(row.required("code"));
        int level = Integer.parseInt(row.required("level"));
        if (level != code.level().number()) {
            throw row.problem("level " + level + " does not fit code " + code);
        }
        String section = row.required("section");
        if (section.length() != 1 || section.charAt(0) < 'A' || section.charAt(0) > 'T') {
            throw row.problem("section must be one letter A–T, is '" + section + "'");
        }
        Optional<IndustryCode> parent = row.optional("parent").map(IndustryCode::parse);
        if (code.isSection() != parent.isEmpty()) {
            throw row.problem(code.isSection() ? "a 门类 has no parent" : "code " + code + " names no parent");
        }
        return new IndustryClass(code, row.required("name_zh"), row.optional("name_en"), parent, section.charAt(0));
    }
}
