package io.muyield.ingest.validate;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.EnterpriseStatus;
import io.muyield.core.fact.Dimension;
import io.muyield.core.fact.Quantity;
import io.muyield.core.fact.Unit;
import io.muyield.core.industry.IndustryCode;
import io.muyield.core.industry.IndustryLevel;
import io.muyield.core.region.ParkLevel;
import io.muyield.ingest.profile.Column;
import io.muyield.ingest.profile.HeaderLayout;
import io.muyield.ingest.profile.ProfileField;
import io.muyield.ingest.profile.Requirement;
import io.muyield.ingest.table.RawRow;
import io.muyield.ingest.value.Dates;
import io.muyield.ingest.value.Numbers;
import io.muyield.ingest.value.ParsedNumber;
import io.muyield.ingest.value.Text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the typed cells of one row through its header layout and collects, for each cell that does not pass, an
 * issue naming the field by the header the clerk sees. A blank cell in a required field is an error; elsewhere a
 * blank is "no figure", which is not zero.
 */
public final class RowReader {

    private final RawRow row;
    private final HeaderLayout layout;
    private final ReferenceData reference;
    private final String file;
    private final int year;
    private final List<Issue> errors = new ArrayList<>(2);
    private final List<Issue> warnings = new ArrayList<>(0);
    private Optional<Unit> rowUnit = Optional.empty();

    public RowReader(RawRow row, HeaderLayout layout, ReferenceData reference, String file, int year) {
        this.row = row;
        this.layout = layout;
        this.reference = reference;
        this.file = file;
        this.year = year;
        layout.unitColumn().ifPresent(c -> {
            String u = Text.clean(row.cell(c));
            if (!Text.isBlank(u)) {
                rowUnit = Unit.fromLabel(u);
                if (rowUnit.isEmpty()) {
                    errors.add(issue(Severity.ERROR, layout.headerTexts().get(c),
                            Message.of("无法识别的计量单位“" + u + "”", "unknown unit \"" + u + "\"")));
                }
            }
        });
    }

    public HeaderLayout layout() {
        return layout;
    }

    public RawRow row() {
        return row;
    }

    public int year() {
        return year;
    }

    public List<Issue> errors() {
        return errors;
    }

    public List<Issue> warnings() {
        return warnings;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** The key of the profile the row is read with (a mapper shared by several profiles tells them apart by it). */
    public String profileKey() {
        return layout.profile().key();
    }

    public boolean has(String fieldId) {
        return layout.columns().containsKey(fieldId);
    }

    /** The header text of a field as written in the file (the contract spelling when the column is absent). */
    public String header(String fieldId) {
        return layout.column(fieldId).map(Column::header).orElseGet(() -> layout.profile().field(fieldId).label());
    }

    public void error(String fieldId, String zh, String en) {
        errors.add(issue(Severity.ERROR, fieldId == null ? "" : header(fieldId), Message.of(zh, en)));
    }

    /** An error on a column named by its header text as written (not by field id). */
    public void errorAt(String header, String zh, String en) {
        errors.add(issue(Severity.ERROR, header, Message.of(zh, en)));
    }

    public void warn(String fieldId, String zh, String en) {
        warnings.add(issue(Severity.WARNING, fieldId == null ? "" : header(fieldId), Message.of(zh, en)));
    }

    private Issue issue(Severity s, String field, Message m) {
        return new Issue(s, file, row.sheet().equals(stem(file)) ? "" : row.sheet(), row.number(), field, m);
    }

    private static String stem(String file) {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    /** The cleaned text of a cell (half-width, trimmed), empty when blank; a blank required cell is an error. */
    public Optional<String> text(String fieldId) {
        Optional<Column> col = layout.column(fieldId);
        if (col.isEmpty()) {
            return Optional.empty();
        }
        String s = Text.clean(row.cell(col.get().index()));
        if (Text.isBlank(s)) {
            if (col.get().field().requirement().mustFill()) {
                error(fieldId, "必填项为空", "required value is blank");
            }
            return Optional.empty();
        }
        return Optional.of(s);
    }

    public String textOrEmpty(String fieldId) {
        Optional<Column> col = layout.column(fieldId);
        return col.map(c -> Text.clean(row.cell(c.index()))).filter(s -> !Text.isBlank(s)).orElse("");
    }

    public Optional<CreditCode> creditCode(String fieldId) {
        return text(fieldId).flatMap(s -> {
            String code = s.replace(" ", "").replace("-", "").toUpperCase(java.util.Locale.ROOT);
            Optional<String> problem = CreditCode.problemWith(code);
            if (problem.isPresent()) {
                String p = problem.get();
                int paren = p.lastIndexOf(" (");
                error(fieldId, "“" + s + "”：" + (paren > 0 ? p.substring(0, paren) : p),
                        "\"" + s + "\": " + (paren > 0 ? p.substring(paren + 2, p.length() - 1) : p));
                return Optional.empty();
            }
            return Optional.of(new CreditCode(code));
        });
    }

    /**
     * A quantity in the unit typed after the number, else the row's unit column, else the header's unit, else the
     * profile's default. Percentages are refused; so are negatives unless allowed.
     */
    public Optional<Quantity> amount(String fieldId, boolean allowNegative) {
        Optional<Column> col = layout.column(fieldId);
        if (col.isEmpty()) {
            return Optional.empty();
        }
        ProfileField field = col.get().field();
        String raw = row.cell(col.get().index());
        ParsedNumber parsed = Numbers.parse(raw);
        if (parsed instanceof ParsedNumber.Blank) {
            if (field.requirement().mustFill()) {
                error(fieldId, "必填项为空", "required value is blank");
            }
            return Optional.empty();
        }
        if (parsed instanceof ParsedNumber.Invalid inv) {
            error(fieldId, inv.reasonZh(), inv.reasonEn());
            return Optional.empty();
        }
        ParsedNumber.Number n = (ParsedNumber.Number) parsed;
        if (n.percent()) {
            error(fieldId, "应填写数值，不应为百分数“" + raw.strip() + "”", "expected an amount, not a percentage \"" + raw.strip() + "\"");
            return Optional.empty();
        }
        Dimension dim = field.dimension().orElseThrow();
        Unit unit;
        if (n.unit().isPresent()) {
            if (n.unit().get().dimension() != dim) {
                error(fieldId, "数值后的单位“" + n.unit().get().symbolZh() + "”与本列不符", "the unit after the number does not fit this column");
                return Optional.empty();
            }
            unit = n.unit().get();
        } else if (rowUnit.isPresent() && rowUnit.get().dimension() == dim && col.get().headerUnit().isEmpty()) {
            unit = rowUnit.get();
        } else {
            unit = col.get().headerUnit().filter(u -> u.dimension() == dim).orElse(field.defaultUnit().orElseThrow());
        }
        if (!allowNegative && n.value().signum() < 0) {
            error(fieldId, "不能为负数（" + raw.strip() + "）", "must not be negative (" + raw.strip() + ")");
            return Optional.empty();
        }
        return Optional.of(new Quantity(n.value(), unit));
    }

    public Optional<BigDecimal> percent(String fieldId) {
        Optional<Column> col = layout.column(fieldId);
        if (col.isEmpty()) {
            return Optional.empty();
        }
        ParsedNumber parsed = Numbers.parse(row.cell(col.get().index()));
        if (parsed instanceof ParsedNumber.Invalid inv) {
            error(fieldId, inv.reasonZh(), inv.reasonEn());
        } else if (parsed instanceof ParsedNumber.Number n) {
            return Optional.of(n.value());
        } else if (col.get().field().requirement().mustFill()) {
            error(fieldId, "必填项为空", "required value is blank");
        }
        return Optional.empty();
    }

    public Optional<Integer> count(String fieldId) {
        Optional<Column> col = layout.column(fieldId);
        if (col.isEmpty()) {
            return Optional.empty();
        }
        String raw = row.cell(col.get().index());
        ParsedNumber parsed = Numbers.parse(raw);
        if (parsed instanceof ParsedNumber.Number n && n.unit().isEmpty() && !n.percent()) {
            try {
                int v = n.value().intValueExact();
                if (v < 0) {
                    error(fieldId, "次数不能为负数（" + raw.strip() + "）", "a count must not be negative");
                    return Optional.empty();
                }
                return Optional.of(v);
            } catch (ArithmeticException e) {
                error(fieldId, "应为整数，实为“" + raw.strip() + "”", "expected a whole number, got \"" + raw.strip() + "\"");
                return Optional.empty();
            }
        }
        if (parsed instanceof ParsedNumber.Blank) {
            if (col.get().field().requirement().mustFill()) {
                error(fieldId, "必填项为空", "required value is blank");
            }
            return Optional.empty();
        }
        error(fieldId, "应为整数，实为“" + raw.strip() + "”", "expected a whole number, got \"" + raw.strip() + "\"");
        return Optional.empty();
    }

    public Optional<LocalDate> date(String fieldId) {
        return text(fieldId).flatMap(s -> {
            Optional<LocalDate> d = Dates.parse(s);
            if (d.isEmpty()) {
                error(fieldId, "日期“" + s + "”无法识别，应为2023-01-05、2023/1/5或2023年1月5日",
                        "cannot read the date \"" + s + "\"; expected 2023-01-05, 2023/1/5 or 2023年1月5日");
            }
            return d;
        });
    }

    private static boolean fourDigits(String s) {
        for (int i = 0; i < 4; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    public Optional<Integer> yearValue(String fieldId) {
        return text(fieldId).flatMap(s -> {
            String digits = s.endsWith("年") ? s.substring(0, s.length() - 1) : s;
            if (digits.length() == 4 && fourDigits(digits)) {
                return Optional.of(Integer.parseInt(digits));
            }
            error(fieldId, "年度“" + s + "”无法识别", "cannot read the year \"" + s + "\"");
            return Optional.empty();
        });
    }

    /** A GB/T 4754-2017 小类 known to the catalogue. */
    public Optional<IndustryCode> industry(String fieldId) {
        return text(fieldId).flatMap(s -> {
            String v = s.toUpperCase(java.util.Locale.ROOT);
            if (v.length() == 5 && v.charAt(0) >= 'A' && v.charAt(0) <= 'T' && v.substring(1).chars().allMatch(Character::isDigit)) {
                v = v.substring(1);
            }
            Optional<String> problem = IndustryCode.problemWith(v);
            if (problem.isPresent() || IndustryCode.parse(v).level() != IndustryLevel.CLASS) {
                error(fieldId, "行业代码“" + s + "”应为4位行业小类代码（GB/T 4754-2017；以0开头的代码请按文本格式填写）",
                        "industry code \"" + s + "\" must be a 4-digit class of GB/T 4754-2017 (write codes starting with 0 as text)");
                return Optional.empty();
            }
            IndustryCode code = IndustryCode.parse(v);
            if (!reference.knownIndustry(code)) {
                error(fieldId, "行业代码“" + s + "”不在国民经济行业分类（GB/T 4754-2017）中",
                        "unknown industry code \"" + s + "\" (not in GB/T 4754-2017)");
                return Optional.empty();
            }
            return Optional.of(code);
        });
    }

    public Optional<String> district(String fieldId) {
        return text(fieldId).flatMap(s -> {
            Optional<String> d = reference.district(s);
            if (d.isEmpty()) {
                error(fieldId, "未知的区县“" + s + "”", "unknown district \"" + s + "\"");
            }
            return d;
        });
    }

    /** A district or a functional zone (for a park, which may lie in either). */
    public Optional<String> districtOrZone(String fieldId) {
        return text(fieldId).flatMap(s -> {
            Optional<String> d = reference.district(s).or(() -> reference.zone(s));
            if (d.isEmpty()) {
                error(fieldId, "未知的区县或功能区“" + s + "”", "unknown district or functional zone \"" + s + "\"");
            }
            return d;
        });
    }

    public Optional<String> zone(String fieldId) {
        return text(fieldId).flatMap(s -> {
            Optional<String> z = reference.zone(s);
            if (z.isEmpty()) {
                error(fieldId, "未知的功能区“" + s + "”", "unknown functional zone \"" + s + "\"");
            }
            return z;
        });
    }

    public Optional<String> park(String fieldId) {
        return text(fieldId).flatMap(s -> {
            if (!reference.knownPark(s)) {
                error(fieldId, "园区代码“" + s + "”不在园区名录中", "park code \"" + s + "\" is not on the park roster");
                return Optional.empty();
            }
            return Optional.of(s);
        });
    }

    public Optional<EnterpriseStatus> status(String fieldId) {
        return text(fieldId).flatMap(s -> {
            try {
                return Optional.of(EnterpriseStatus.ofChinese(s));
            } catch (IllegalArgumentException e) {
                error(fieldId, "未知的登记状态“" + s + "”，应为存续、在业、停业、注销或吊销",
                        "unknown registration status \"" + s + "\"");
                return Optional.empty();
            }
        });
    }

    public Optional<ParkLevel> parkLevel(String fieldId) {
        return text(fieldId).flatMap(s -> {
            try {
                return Optional.of(ParkLevel.ofChinese(s));
            } catch (IllegalArgumentException e) {
                error(fieldId, "未知的园区级别“" + s + "”，应为国家级、市级或区县级", "unknown park level \"" + s + "\"");
                return Optional.empty();
            }
        });
    }

    public Optional<Boolean> scaleFlag(String fieldId) {
        return text(fieldId).flatMap(s -> switch (s) {
            case "规上", "规模以上", "1", "是", "Y", "y" -> Optional.of(true);
            case "规下", "规模以下", "0", "否", "N", "n" -> Optional.of(false);
            default -> {
                error(fieldId, "规模标志“" + s + "”应为规上或规下", "scale flag \"" + s + "\" must be 规上 or 规下");
                yield Optional.empty();
            }
        });
    }
}
