package io.muyield.ingest.validate;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Quantity;
import io.muyield.core.fact.Source;
import io.muyield.core.fact.Unit;
import io.muyield.core.industry.IndustryCode;
import io.muyield.ingest.profile.HeaderLayout;
import io.muyield.ingest.record.FactRecord;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.SourceRecord;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Tax, statistics and environment rows → {@link FactRecord}. Impossible values are refused here: a negative output,
 * revenue, value added, headcount, energy, water or emission; value added above output. Taxes may be negative (net
 * refunds). A missing tax total is the sum of its parts; a total that disagrees with its parts is a warning.
 */
final class FactMapper implements RecordMapper {

    private static final List<String> TAX_PARTS = List.of("vat", "income_tax", "other_tax", "refunds");
    private static final BigDecimal PART_TOLERANCE_WAN = new BigDecimal("0.01");

    private final Source source;
    /** The fact fields the last header seen has columns for (a file has one or a few headers; rows are many). */
    private HeaderLayout lastLayout;
    private List<FactField> presentFields = List.of();

    FactMapper(Source source) {
        this.source = source;
    }

    private List<FactField> presentFields(HeaderLayout layout) {
        if (layout != lastLayout) {
            presentFields = java.util.Arrays.stream(FactField.values()).filter(f -> layout.columns().containsKey(f.column())).toList();
            lastLayout = layout;
        }
        return presentFields;
    }

    @Override
    public Optional<SourceRecord> map(RowReader r, Origin origin) {
        Optional<CreditCode> code = r.creditCode("credit_code");
        String name = r.textOrEmpty("name");
        r.yearValue("year").ifPresent(y -> {
            if (y != r.year()) {
                r.error("year", "所属年度" + y + "与导入年度" + r.year() + "不符", "the row is for " + y + ", the import is for " + r.year());
            }
        });
        Map<FactField, Quantity> facts = new EnumMap<>(FactField.class);
        Map<String, Quantity> details = new LinkedHashMap<>();
        for (String part : TAX_PARTS) {
            r.amount(part, true).ifPresent(q -> details.put(part, q));
        }
        for (FactField f : presentFields(r.layout())) {
            r.amount(f.column(), f == FactField.TAX).ifPresent(q -> facts.put(f, q));
        }
        if (source == Source.TAX && r.ok()) {
            taxTotal(r, facts, details);
        }
        Optional<Quantity> va = Optional.ofNullable(facts.get(FactField.VALUE_ADDED));
        Optional<Quantity> out = Optional.ofNullable(facts.get(FactField.OUTPUT));
        if (va.isPresent() && out.isPresent() && canonical(va.get()).compareTo(canonical(out.get())) > 0) {
            r.error("value_added", "工业增加值（" + va.get() + "）大于工业总产值（" + out.get() + "）",
                    "value added (" + va.get() + ") exceeds gross output (" + out.get() + ")");
        }
        Optional<Quantity> rd = Optional.ofNullable(facts.get(FactField.RD_SPENDING));
        Optional<Quantity> rev = Optional.ofNullable(facts.get(FactField.REVENUE));
        if (rd.isPresent() && rev.isPresent() && canonical(rd.get()).compareTo(canonical(rev.get())) > 0) {
            r.warn("rd_spending", "研发经费支出大于营业收入，请核实", "R&D spending exceeds revenue; please check");
        }
        Optional<Boolean> scale = r.scaleFlag("scale");
        Optional<IndustryCode> industry = r.industry("industry");
        Optional<Integer> violations = r.count("violations");
        if (r.ok() && facts.isEmpty() && violations.isEmpty() && scale.isEmpty()) {
            r.warn(null, "本行没有任何数据", "the row carries no figure");
        }
        if (!r.ok()) {
            return Optional.empty();
        }
        return Optional.of(new FactRecord(source, code.orElseThrow(), name, facts, details, scale, industry,
                violations.map(OptionalInt::of).orElse(OptionalInt.empty()), origin));
    }

    /** The canonical value without stripping zeros (cheaper; only compared and summed here). */
    private static BigDecimal canonical(Quantity q) {
        return q.unit() == Unit.canonical(q.unit().dimension()) ? q.value() : q.value().multiply(q.unit().toCanonicalFactor());
    }

    private static void taxTotal(RowReader r, Map<FactField, Quantity> facts, Map<String, Quantity> details) {
        Quantity refunds = details.get("refunds");
        BigDecimal partsSum = null;
        if (details.size() > (refunds == null ? 0 : 1)) {
            partsSum = BigDecimal.ZERO;
            for (Map.Entry<String, Quantity> e : details.entrySet()) {
                BigDecimal v = canonical(e.getValue());
                if (e.getKey().equals("refunds") && v.signum() > 0) {
                    v = v.negate();
                }
                partsSum = partsSum.add(v);
            }
        }
        if (refunds != null && refunds.value().signum() > 0) {
            r.warn("refunds", "退税额应填负数或零，已按负数计", "refunds should be zero or negative; read as negative");
        }
        Quantity total = facts.get(FactField.TAX);
        if (total == null && partsSum != null) {
            facts.put(FactField.TAX, new Quantity(partsSum, Unit.WAN_YUAN));
            r.warn("tax", "实缴税额合计为空，按分项之和计", "total tax blank; the sum of its parts is used");
        } else if (total == null) {
            if (r.has("tax")) {
                r.error("tax", "实缴税额合计为空，且无分项数据", "total tax is blank and no component is given");
            } else {
                r.error(null, "没有实缴税额数据", "no tax figure in the row");
            }
        } else if (partsSum != null && details.size() == TAX_PARTS.size()
                && canonical(total).subtract(partsSum).abs().compareTo(PART_TOLERANCE_WAN) > 0) {
            r.warn("tax", "实缴税额合计（" + total + "）与分项之和（" + partsSum.stripTrailingZeros().toPlainString() + "万元）不符",
                    "total tax (" + total + ") differs from the sum of its parts (" + partsSum.stripTrailingZeros().toPlainString() + " 万元)");
        }
    }
}
