package io.muyield.synth;

import java.util.Locale;

/** The README written beside the oracle files. */
final class TruthReadme {

    private TruthReadme() {
    }

    static String text(GeneratorSpec spec, Calibration c) {
        return String.format(Locale.ROOT, """
                muyield synthetic city — test oracle (never read by the product)

                spec: enterprises=%d years=%d-%d seed=%d faultRate=%s
                calibration (year %d): output x%.6f, value-added rate x%.6f, tax rate x%.6f, land x%.6f; \
                %d 规上 manufacturing firms with land

                enterprises.csv  one row per enterprise: credit_code, name, district_code (GB/T 2260), zone_code
                                 (CQ-LJXQ/CQ-GXQ/CQ-WSJKQ or blank), park_code, industry_code (GB/T 4754 小类), founded,
                                 status as of the last year (core EnterpriseStatus name), exit_year, landlord_credit_code
                                 (enterprises on leased land only), key_polluter (重点排污单位)
                facts_{year}.csv one row per enterprise active that year: the facts a correct import fuses, in
                                 canonical units (万元, 亩, tce, kWh, t, persons) as exact decimals — compare numerically.
                                 Columns are core FactField column names; blank = not reported by any department.
                                 above_scale = listed on the 规上工业 sheet. environment_violations = 环境违法次数.
                faults.csv       every injected fault: file, sheet (xlsx only), row (1-based as a spreadsheet shows
                                 it; CSV header = row 1; statistics data start at row 4), field (header of the cell
                                 changed, * for a whole repeated row), kind (FaultKind). Facts are the clean values:
                                 with faults, the import must flag every listed row.
                standings_{year}.csv one row per enterprise on an official list that year (high_tech_, specialised_,
                                 safety_accidents_, dishonesty_, champion_, listed_, chain_leaders_,
                                 admin_penalties_{year}.csv; never faulty): tags (high_tech, specialised, little_giant,
                                 champion, listed, chain_leader; ; between) and the counts of major_safety_accident (重大),
                                 safety_accident (一般, 较大), serious_dishonesty and admin_penalty (行政处罚 decisions).
                                 The shares behind them are UNCONFIRMED assumptions.

                parks.csv is a synthetic park roster (names follow the usual patterns; not Chongqing's real parks).
                All enterprises, names and codes are synthetic.
                """, spec.enterprises(), spec.firstYear(), spec.lastYear(), spec.seed(), spec.faultRate(),
                spec.profile().calibrationYear(), c.output(), c.valueAdded(), c.tax(), c.land(), c.aboveScaleManufacturing());
    }
}
