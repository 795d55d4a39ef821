package io.muyield.ingest;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.fact.FactField;
import io.muyield.core.fact.Quantity;
import io.muyield.core.fact.Unit;
import io.muyield.ingest.record.FactRecord;
import io.muyield.ingest.record.ParcelRecord;
import io.muyield.ingest.record.PowerAccountRecord;
import io.muyield.ingest.record.RegistrationRecord;
import io.muyield.ingest.validate.Issue;
import io.muyield.ingest.validate.Rejection;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The faulty-file corpus (src/test/resources/corpus, written by src/test/corpus-src/make_corpus.py): every rejection
 * is asserted with its file, row, field (as the header reads) and reason.
 */
class CorpusTest {

    static final CreditCode A = new CreditCode("9150011210000001XW");
    static final CreditCode B = new CreditCode("9150011210000002XX");
    static final CreditCode C = new CreditCode("9150010510000003XT");

    private final FileImporter importer = new FileImporter(TestReference.chongqing());

    private ParsedFile read(String name) {
        return importer.importFile(TestReference.corpus(name), ImportOptions.of(7, 2023));
    }

    /** Asserts the rejected rows exactly, each with the field and words of its reason. */
    private static void assertRejections(ParsedFile p, Object[]... expected) {
        List<Rejection> rs = p.result().rejections();
        assertThat(rs.stream().map(Rejection::row)).as("rejected rows").containsExactly(
                java.util.Arrays.stream(expected).map(e -> (Integer) e[0]).toArray(Integer[]::new));
        for (int i = 0; i < expected.length; i++) {
            Rejection r = rs.get(i);
            assertThat(r.file()).isEqualTo(p.result().file());
            assertThat(r.has((String) expected[i][1], (String) expected[i][2]))
                    .as("row %s: %s", r.row(), r.issues()).isTrue();
            Issue first = r.issues().get(0);
            assertThat(first.describeZh()).startsWith("文件 " + p.result().file()).contains("第" + r.row() + "行");
            assertThat(first.message().en()).isNotBlank();
        }
    }

    @Test
    void registrationInGbkWithDateVariantsAndQuotedAddress() {
        ParsedFile p = read("registration_gbk.csv");
        assertThat(p.result().charset()).contains("GB18030");
        assertThat(p.result().profiles()).containsExactly("registration");
        assertThat(p.result().rejections()).isEmpty();
        assertThat(p.records()).hasSize(5);
        RegistrationRecord b = (RegistrationRecord) p.records().get(1);
        assertThat(b.enterprise().districtCode()).isEqualTo("500112");
        assertThat(b.address()).isEqualTo("渝北区空港大道2号,3栋");
        RegistrationRecord a = (RegistrationRecord) p.records().get(0);
        assertThat(a.enterprise().zoneCode()).contains("CQ-LJXQ");
        assertThat(a.enterprise().parkCode()).contains("CQ-P-500112-01");
        assertThat(p.records().stream().map(r -> ((RegistrationRecord) r).enterprise().founded().toString()))
                .containsExactly("2010-03-15", "2015-07-01", "2001-12-03", "1998-06-30", "2005-01-01");
        assertThat(p.result().sha256()).hasSize(64);
    }

    @Test
    void registrationFaults() {
        ParsedFile p = read("registration_faults.csv");
        assertRejections(p,
                new Object[]{2, "统一社会信用代码", "校验位错误"},
                new Object[]{3, "国民经济行业代码", "不在国民经济行业分类"},
                new Object[]{4, "所属区县", "未知的区县“火星区”"},
                new Object[]{5, "企业名称", "必填项为空"},
                new Object[]{6, "成立日期", "无法识别"},
                new Object[]{8, "", "完全相同（重复行）"},
                new Object[]{9, "企业名称", "统一社会信用代码与第7行相同，但本列数据不同（冲突的重复行）"},
                new Object[]{11, "成立日期", "晚于导入年度"},
                new Object[]{12, "登记状态", "未知的登记状态"},
                new Object[]{13, "国民经济行业代码", "应为4位行业小类代码"},
                new Object[]{14, "所属功能区", "未知的功能区"},
                new Object[]{15, "统一社会信用代码", "应为18位"});
        // the full-width code on row 10 is folded and accepted
        assertThat(p.records()).extracting(r -> ((RegistrationRecord) r).enterprise().creditCode()).contains(A);
        assertThat(p.result().rejections().get(6).reasonsZh()).contains("第7行");
    }

    @Test
    void taxWithBomFullWidthSeparatorsRefundsAndBlanks() {
        ParsedFile p = read("tax_bom_fullwidth.csv");
        assertThat(p.result().charset()).contains("UTF-8");
        assertRejections(p,
                new Object[]{4, "实缴税额合计（万元）", "必填项为空"},
                new Object[]{5, "税款所属年度", "与导入年度2023不符"},
                new Object[]{6, "实缴税额合计（万元）", "不是有效数字"},
                new Object[]{7, "实缴税额合计（万元）", "不应为百分数"},
                new Object[]{8, "增值税（万元）", "千分位分隔不正确"});
        assertThat(p.result().rejections().get(2).issues()).hasSize(1);
        List<FactRecord> rows = p.records().stream().map(FactRecord.class::cast).toList();
        assertThat(rows.get(0).facts().get(FactField.TAX)).isEqualTo(Quantity.of("125", Unit.WAN_YUAN));
        assertThat(rows.get(1).facts().get(FactField.TAX).value()).isEqualByComparingTo("1400");
        assertThat(rows.get(1).details().get("refunds").value()).isEqualByComparingTo("-34.5");
        assertThat(rows.get(2).facts().get(FactField.TAX).value()).isEqualByComparingTo("0");
    }

    @Test
    void taxInYuanWithTitleRowsSemicolonsAndATotalRow() {
        ParsedFile p = read("tax_yuan_semicolon.csv");
        assertThat(p.result().charset()).contains("GB18030");
        assertThat(p.result().delimiter()).contains(';');
        assertThat(p.result().headers().get(0).firstRow()).isEqualTo(3);
        assertRejections(p, new Object[]{6, "实缴税额(元)", "必填项为空"});
        FactRecord a = (FactRecord) p.records().get(0);
        assertThat(a.facts().get(FactField.TAX)).isEqualTo(Quantity.of("1250000", Unit.YUAN));
        assertThat(a.facts().get(FactField.TAX).toCanonical()).isEqualByComparingTo("125");
        assertThat(((FactRecord) p.records().get(1)).facts().get(FactField.TAX).toCanonical()).isEqualByComparingTo("-3");
        assertThat(p.result().warnings()).anyMatch(w -> w.row() == 7 && w.message().zh().contains("合计行"));
    }

    @Test
    void encodingOverrideWins() {
        ParsedFile p = importer.importFile(TestReference.corpus("tax_yuan_semicolon.csv"),
                ImportOptions.of(7, 2023).charset(java.nio.charset.Charset.forName("GBK")).delimiter(';').profile("tax"));
        assertThat(p.result().charset()).contains("GBK");
        assertThat(p.records()).hasSize(2);
    }

    @Test
    void aMissingTotalColumnIsTheSumOfTheParts() throws java.io.IOException {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("tax_parts", ".csv");
        java.nio.file.Files.writeString(f, "统一社会信用代码,增值税(万元),企业所得税(万元),其他税费(万元),退税额(万元)\n"
                + A.value() + ",50,10,—,3\n");
        ParsedFile p = importer.importFile(f, ImportOptions.of(7, 2023));
        FactRecord r = (FactRecord) p.records().get(0);
        assertThat(r.facts().get(FactField.TAX).value()).isEqualByComparingTo("57");
        assertThat(p.result().warnings()).anyMatch(w -> w.field().equals("退税额(万元)") && w.message().zh().contains("已按负数计"));
        assertThat(p.result().warnings()).anyMatch(w -> w.message().zh().contains("按分项之和计"));
        java.nio.file.Files.delete(f);
    }

    @Test
    void unitsInASeparateColumn() {
        ParsedFile p = read("tax_unit_column.tsv");
        assertThat(p.result().delimiter()).contains('\t');
        assertRejections(p, new Object[]{4, "计量单位", "无法识别的计量单位“斤”"});
        assertThat(((FactRecord) p.records().get(0)).facts().get(FactField.TAX).unit()).isEqualTo(Unit.YUAN);
        assertThat(((FactRecord) p.records().get(1)).facts().get(FactField.TAX).unit()).isEqualTo(Unit.WAN_YUAN);
    }

    @Test
    void powerAccountsMonthlyAndAnnual() {
        ParsedFile p = read("power_tab.csv");
        assertThat(p.result().charset()).as("UTF-8 without a BOM, told from GBK by a strict decode").contains("UTF-8");
        assertThat(p.result().delimiter()).contains('\t');
        assertRejections(p,
                new Object[]{4, "12月", "不能为负数"},
                new Object[]{5, "全年用电量(千瓦时)", "必填项为空"},
                new Object[]{7, "", "与第2行完全相同"});
        assertThat(p.records()).hasSize(3);
        assertThat(((PowerAccountRecord) p.records().get(0)).kwh()).isEqualByComparingTo("12000");
        assertThat(p.result().warnings()).anyMatch(w -> w.row() == 6 && w.field().equals("全年用电量(千瓦时)") && w.message().zh().contains("相差超过1%"));
        assertThat(p.result().warnings()).filteredOn(w -> w.message().zh().contains("未注明单位")).hasSize(1);
    }

    @Test
    void landParcelsPipeDelimitedInMu() {
        ParsedFile p = read("land_parcels_pipe.csv");
        assertThat(p.result().delimiter()).contains('|');
        assertRejections(p,
                new Object[]{4, "宗地面积(亩)", "不能为负数"},
                new Object[]{5, "宗地面积(亩)", "宗地面积为0"},
                new Object[]{6, "权利人统一社会信用代码", "宗地编号与第2行相同，但本列数据不同"},
                new Object[]{7, "权利人统一社会信用代码", "必填项为空"});
        assertThat(((ParcelRecord) p.records().get(1)).area()).isEqualTo(Quantity.of("20.5", Unit.MU));
    }

    @Test
    void leases() {
        ParsedFile p = read("land_leases.csv");
        assertRejections(p,
                new Object[]{3, "承租方统一社会信用代码", "承租方与出租方相同"},
                new Object[]{4, "租赁终止日期", "早于起始日期"});
    }

    @Test
    void environment() {
        ParsedFile p = read("environment_faults.csv");
        assertRejections(p,
                new Object[]{3, "化学需氧量排放量(吨)", "不应为百分数"},
                new Object[]{4, "氨氮排放量(吨)", "不能为负数"},
                new Object[]{5, "环境违法次数", "应为整数"});
        assertThat(((FactRecord) p.records().get(0)).violations()).hasValue(0);
    }

    @Test
    void quotedCellsAndCrlf() {
        ParsedFile p = read("quoted_crlf.csv");
        assertThat(p.result().rejections()).isEmpty();
        assertThat(((FactRecord) p.records().get(0)).name()).isEqualTo("甲,有限\"公司\"");
        assertThat(((FactRecord) p.records().get(1)).name()).isEqualTo("乙\r\n第二行");
        assertThat(p.records().get(2).origin().row()).isEqualTo(4);
    }

    @Test
    void fileLevelProblems() {
        assertThat(read("truncated.csv").result().problems()).singleElement()
                .satisfies(i -> assertThat(i.message().zh()).contains("可能被截断"));
        assertThat(read("empty.csv").result().problems()).singleElement()
                .satisfies(i -> assertThat(i.message().zh()).isEqualTo("文件为空"));
        assertThat(read("title_only.csv").result().problems()).singleElement()
                .satisfies(i -> assertThat(i.message().zh()).contains("未找到可识别的表头"));
        FileImportResult missing = read("missing_column.csv").result();
        assertThat(missing.ok()).isFalse();
        assertThat(missing.problems().get(0).message().zh()).contains("缺少必需列：统一社会信用代码");
        FileImportResult wrongUnit = read("wrong_unit.csv").result();
        assertThat(wrongUnit.problems().get(0).field()).isEqualTo("实缴税额(吨)");
        assertThat(wrongUnit.problems().get(0).message().zh()).contains("单位“吨”不适用");
        assertThat(importer.importFile(TestReference.corpus("empty.csv").resolveSibling("no_such.csv"), ImportOptions.of(1, 2023))
                .result().problems().get(0).message().zh()).isEqualTo("文件不存在");
    }

    @Test
    void parks() {
        ParsedFile p = read("parks.csv");
        assertRejections(p, new Object[]{4, "园区级别", "未知的园区级别"});
        FileImporter withRoster = importer.withParks(p.records());
        ParsedFile reg = withRoster.importFile(TestReference.corpus("registration_gbk.csv"), ImportOptions.of(8, 2023));
        assertThat(reg.result().rejections()).isEmpty();
    }

    @Test
    void duplicatesAgainstEarlierBatchesAreFlagged() {
        ParsedFile p = importer.importFile(TestReference.corpus("quoted_crlf.csv"), ImportOptions.of(9, 2023)
                .earlier((profile, year, key) -> key.equals(B.value()) ? java.util.OptionalLong.of(3) : java.util.OptionalLong.empty()));
        assertThat(p.records()).hasSize(3);
        assertThat(p.result().warnings()).anyMatch(w -> w.row() == 3 && w.message().zh().contains("已在批次3中导入"));
        assertThat(p.records()).allMatch(r -> r.origin().batchId() == 9);
    }
}
