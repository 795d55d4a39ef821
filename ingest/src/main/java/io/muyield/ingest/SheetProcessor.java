package io.muyield.ingest;

import io.muyield.core.fact.Dimension;
import io.muyield.ingest.profile.Column;
import io.muyield.ingest.profile.FieldKind;
import io.muyield.ingest.profile.HeaderDetector;
import io.muyield.ingest.profile.HeaderLayout;
import io.muyield.ingest.profile.SourceProfile;
import io.muyield.ingest.record.Origin;
import io.muyield.ingest.record.SourceRecord;
import io.muyield.ingest.table.RawRow;
import io.muyield.ingest.table.RowHandler;
import io.muyield.ingest.validate.DuplicateTracker;
import io.muyield.ingest.validate.Issue;
import io.muyield.ingest.validate.Message;
import io.muyield.ingest.validate.RecordMapper;
import io.muyield.ingest.validate.ReferenceData;
import io.muyield.ingest.validate.Rejection;
import io.muyield.ingest.validate.RowReader;
import io.muyield.ingest.validate.Severity;
import io.muyield.ingest.value.Text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The per-file state machine behind {@link FileImporter}: per sheet, buffer rows until the header is found, then map
 * and check each data row, tell duplicates apart, and hand accepted records to the sink as they come.
 */
final class SheetProcessor implements RowHandler {

    private static final Set<String> TOTAL_WORDS = Set.of("合计", "总计", "小计", "累计", "全市合计", "总合计");
    private static final List<String> NOTE_PREFIXES = List.of("注", "备注", "说明", "填表", "制表", "数据来源", "单位负责人", "审核人");

    private final String file;
    private final String csvSheet;
    private final HeaderDetector detector;
    private final ImportOptions options;
    private final ReferenceData reference;
    private final Consumer<? super SourceRecord> sink;

    final List<Rejection> rejections = new ArrayList<>();
    final List<Issue> warnings = new ArrayList<>();
    final List<Issue> problems = new ArrayList<>();
    final List<SheetHeader> headers = new ArrayList<>();
    final List<String> profiles = new ArrayList<>();
    final List<String> sheetsWithoutHeader = new ArrayList<>();
    HeaderLayout closestMiss;
    int warningCount;
    int dataRows;
    int accepted;

    private final Map<String, DuplicateTracker> duplicates = new HashMap<>();
    private String sheet;
    private final List<RawRow> buffer = new ArrayList<>();
    private boolean gaveUp;
    private HeaderLayout layout;
    private RecordMapper mapper;
    private int[] keyColumns;
    private int[] mappedColumns;
    private String keyHeader;
    private int sheetRows;

    SheetProcessor(String file, String csvSheet, HeaderDetector detector, ImportOptions options, ReferenceData reference,
                   Consumer<? super SourceRecord> sink) {
        this.file = file;
        this.csvSheet = csvSheet;
        this.detector = detector;
        this.options = options;
        this.reference = reference;
        this.sink = sink;
    }

    @Override
    public void startSheet(String name, int index) {
        sheet = name;
        buffer.clear();
        gaveUp = false;
        layout = null;
        sheetRows = 0;
    }

    @Override
    public void row(RawRow row) {
        sheetRows++;
        if (layout != null) {
            data(row);
            return;
        }
        if (gaveUp) {
            return;
        }
        if (row.isBlank()) {
            return;
        }
        buffer.add(row);
        if (buffer.size() >= 2) {
            RawRow candidate = buffer.get(buffer.size() - 2);
            detector.detect(candidate, row).ifPresent(l -> {
                useHeader(l);
                if (l.lastRow() != row.number()) {
                    data(row);
                }
            });
        }
        if (layout == null && buffer.size() > options.headerSearchRows()) {
            gaveUp = true;
        }
    }

    @Override
    public void endSheet(String name) {
        if (layout == null && !buffer.isEmpty() && !gaveUp) {
            detector.detect(buffer.get(buffer.size() - 1), null).ifPresent(this::useHeader);
        }
        if (layout == null) {
            if (!buffer.isEmpty()) {
                sheetsWithoutHeader.add(name);
                detector.closest(buffer).ifPresent(c -> {
                    if (closestMiss == null || c.score() > closestMiss.score()) {
                        closestMiss = c;
                    }
                });
            }
        } else if (dataRowsOfSheet == 0) {
            warn(0, "", Message.of("工作表“" + name + "”表头之下没有数据行", "no data rows below the header on sheet \"" + name + "\""));
        }
        buffer.clear();
        layout = null;
    }

    private int dataRowsOfSheet;

    private void useHeader(HeaderLayout l) {
        layout = l;
        dataRowsOfSheet = 0;
        buffer.clear();
        SourceProfile p = l.profile();
        if (!profiles.contains(p.key())) {
            profiles.add(p.key());
        }
        mapper = RecordMapper.of(p.recordKind(), p.source().orElse(null));
        keyColumns = p.uniqueKey().stream().mapToInt(id -> l.column(id).map(Column::index).orElse(-1)).filter(i -> i >= 0).toArray();
        mappedColumns = l.columns().values().stream().mapToInt(Column::index).sorted().toArray();
        keyHeader = String.join("、", p.uniqueKey().stream().map(id -> l.column(id).map(Column::header).orElse(p.field(id).label())).toList());
        Map<String, String> described = new LinkedHashMap<>();
        Map<String, List<String>> withoutUnit = new LinkedHashMap<>();
        for (Column c : l.columns().values()) {
            String unit = "";
            if (c.field().kind() == FieldKind.AMOUNT) {
                Dimension dim = c.field().dimension().orElseThrow();
                if (c.headerUnit().isPresent() && c.headerUnit().get().dimension() != dim) {
                    problem(l.firstRow(), c.header(), Message.of("列标题中的单位“" + c.headerUnit().get().symbolZh() + "”不适用于" + c.field().label(),
                            "the unit in the header does not measure " + c.field().id()));
                }
                if (c.headerUnit().isEmpty() && l.unitColumn().isEmpty()) {
                    withoutUnit.computeIfAbsent(c.field().defaultUnit().orElseThrow().symbolZh(), u -> new ArrayList<>()).add(c.header());
                }
                unit = " [" + c.headerUnit().or(c.field()::defaultUnit).orElseThrow().symbolZh() + "]";
            }
            described.put(c.field().id(), c.header() + unit);
        }
        withoutUnit.forEach((unit, cols) -> warn(l.firstRow(), cols.size() == 1 ? cols.get(0) : "",
                Message.of((cols.size() == 1 ? "" : "“" + String.join("”“", cols) + "”") + "列标题未注明单位，按" + unit + "计",
                        (cols.size() == 1 ? "" : cols.size() + " columns: ") + "the header names no unit; read as " + unit)));
        for (String u : l.unmatched()) {
            warn(l.firstRow(), u, Message.of("未识别的列，已忽略", "column not recognised; ignored"));
        }
        for (String d : l.duplicated()) {
            warn(l.firstRow(), d, Message.of("与前面的列含义重复，已忽略", "duplicates an earlier column; ignored"));
        }
        headers.add(new SheetHeader(sheetLabel(), p.key(), l.firstRow(), l.lastRow(), described, l.unmatched()));
    }

    private void data(RawRow row) {
        if (row.isBlank()) {
            return;
        }
        if (isTotalOrNote(row)) {
            warn(row.number(), "", Message.of("合计行或备注行，已跳过", "total or note row; skipped"));
            return;
        }
        dataRows++;
        dataRowsOfSheet++;
        RowReader r = new RowReader(row, layout, reference, file, options.year());
        Origin origin = new Origin(options.batchId(), file, sheetLabel(), row.number());
        var record = mapper.map(r, origin);
        record.ifPresent(rec -> checkRegistered(r, rec));
        if (record.isPresent() && keyColumns.length > 0) {
            String key = key(row);
            DuplicateTracker tracker = duplicates.computeIfAbsent(layout.profile().key(), k -> new DuplicateTracker());
            tracker.check(key, sheetLabel(), row.number(), row.cells(), mappedColumns).ifPresent(d -> {
                String where = d.sheet().equals(sheetLabel()) ? "第" + d.firstRow() + "行" : "工作表“" + d.sheet() + "”第" + d.firstRow() + "行";
                String whereEn = "row " + d.firstRow() + (d.sheet().equals(sheetLabel()) ? "" : " of sheet \"" + d.sheet() + "\"");
                if (d.kind() == DuplicateTracker.Kind.EXACT) {
                    r.error(null, "与" + where + "完全相同（重复行）", "exact duplicate of " + whereEn);
                    return;
                }
                List<String> fields = d.differing().stream().map(i -> layout.headerTexts().get(mappedColumns[i])).toList();
                if (fields.isEmpty()) {
                    r.error(layout.profile().uniqueKey().get(0), keyHeader + "与" + where + "相同但数据不同（冲突的重复行），已保留" + where + "，请核实",
                            "same " + layout.profile().uniqueKey() + " as " + whereEn + " with different figures (conflicting duplicate); "
                                    + whereEn + " was kept, please check");
                }
                for (String field : fields) {
                    r.errorAt(field, keyHeader + "与" + where + "相同，但本列数据不同（冲突的重复行），已保留" + where + "，请核实",
                            "same " + layout.profile().uniqueKey() + " as " + whereEn + " but this cell differs (conflicting duplicate); "
                                    + whereEn + " was kept, please check");
                }
            });
            if (r.ok() && options.earlier() != EarlierRecords.NONE) {
                OptionalLong b = options.earlier().batchHolding(layout.profile().key(), options.year(), key);
                if (b.isPresent()) {
                    r.warn(layout.profile().uniqueKey().get(0), "该记录已在批次" + b.getAsLong() + "中导入，提交后以本批为准",
                            "already imported in batch " + b.getAsLong() + "; this batch supersedes it once committed");
                }
            }
        }
        if (!r.ok()) {
            List<Issue> all = new ArrayList<>(r.errors());
            all.addAll(r.warnings());
            rejections.add(new Rejection(file, sheetLabel(), row.number(), layout.headerTexts(), Arrays.asList(row.cells()), all));
            return;
        }
        accepted++;
        for (Issue w : r.warnings()) {
            addWarning(w);
        }
        sink.accept(record.orElseThrow());
    }

    /** Rows about an enterprise must name a registered one when the reference data says which are. */
    private void checkRegistered(RowReader r, SourceRecord record) {
        if (record instanceof io.muyield.ingest.record.FactRecord f) {
            requireRegistered(r, "credit_code", f.enterprise());
        } else if (record instanceof io.muyield.ingest.record.PowerAccountRecord p) {
            requireRegistered(r, "credit_code", p.enterprise());
        } else if (record instanceof io.muyield.ingest.record.ParcelRecord p) {
            requireRegistered(r, "owner", p.owner());
        } else if (record instanceof io.muyield.ingest.record.LeaseRecord l) {
            requireRegistered(r, "landlord", l.landlord());
            requireRegistered(r, "tenant", l.tenant());
        } else if (record instanceof io.muyield.ingest.record.TagRecord t) {
            requireRegistered(r, "credit_code", t.enterprise());
        } else if (record instanceof io.muyield.ingest.record.EventRecord e) {
            requireRegistered(r, "credit_code", e.enterprise());
        }
    }

    private void requireRegistered(RowReader r, String field, io.muyield.core.enterprise.CreditCode code) {
        if (!reference.registered(code)) {
            r.error(field, "该企业未在市场主体登记中（请先导入登记数据）：" + code.value(),
                    "no registered enterprise has this credit code (import the registration file first): " + code.value());
        }
    }

    private String key(RawRow row) {
        if (keyColumns.length == 1) {
            return Text.clean(row.cell(keyColumns[0])).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        }
        StringBuilder b = new StringBuilder();
        for (int c : keyColumns) {
            b.append(Text.clean(row.cell(c)).replace(" ", "").toUpperCase(java.util.Locale.ROOT)).append('|');
        }
        return b.toString();
    }

    private static boolean isTotalOrNote(RawRow row) {
        if (!mayBeTotalOrNote(row)) {
            return false;
        }
        int checked = 0;
        for (int c = 0; c < row.width() && checked < 3; c++) {
            String s = row.cell(c);
            if (s.isBlank()) {
                continue;
            }
            checked++;
            String k = Text.headerKey(s);
            if (TOTAL_WORDS.contains(k)) {
                return true;
            }
            if (row.nonBlankCount() == 1 && NOTE_PREFIXES.stream().anyMatch(k::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Cheap pre-check: a total row has a short cell with 计 among its first cells; a note row has one cell. */
    private static boolean mayBeTotalOrNote(RawRow row) {
        int seen = 0;
        for (int c = 0; c < row.width() && seen < 3; c++) {
            String s = row.cell(c);
            if (s.isEmpty()) {
                continue;
            }
            seen++;
            if (s.length() <= 12 && s.indexOf('计') >= 0) {
                return true;
            }
        }
        return row.nonBlankCount() == 1;
    }

    private String sheetLabel() {
        return sheet.equals(csvSheet) ? "" : sheet;
    }

    private void warn(int row, String field, Message m) {
        addWarning(new Issue(Severity.WARNING, file, sheetLabel(), row, field, m));
    }

    private void addWarning(Issue w) {
        warningCount++;
        if (warnings.size() < FileImportResult.WARNING_CAP) {
            warnings.add(w);
        }
    }

    void problem(int row, String field, Message m) {
        problems.add(new Issue(Severity.ERROR, file, sheet == null ? "" : sheetLabel(), row, field, m));
    }
}
