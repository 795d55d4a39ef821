package io.muyield.synth;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Files are readable with their declared encoding and carry exactly the headers of docs/DEPARTMENT-FILES.md. */
class FilesTest {

    private static final Charset GBK = Charset.forName("GBK");
    private final Path dir = GeneratedCity.clean();

    @Test
    void everyFileOfEveryYearIsThere() {
        for (int year = 2019; year <= 2024; year++) {
            for (String f : List.of("registration_%d.csv", "tax_%d.csv", "statistics_%d.xlsx", "land_parcels_%d.csv",
                    "land_leases_%d.csv", "power_%d.csv", "environment_%d.xlsx", "_truth/facts_%d.csv")) {
                assertThat(dir.resolve(String.format(f, year))).isRegularFile();
            }
        }
        assertThat(dir.resolve("parks.csv")).isRegularFile();
        assertThat(dir.resolve("_truth/enterprises.csv")).isRegularFile();
        assertThat(dir.resolve("_truth/faults.csv")).isRegularFile();
    }

    @Test
    void csvHeadersEncodingsAndSeparators() throws IOException {
        assertHeader("registration_2023.csv", GBK, ',', false, "统一社会信用代码,企业名称,所属区县,所属功能区,所属园区,国民经济行业代码,成立日期,登记状态,住所");
        assertHeader("tax_2023.csv", GBK, ',', false, "统一社会信用代码,纳税人名称,税款所属年度,增值税(万元),企业所得税(万元),其他税费(万元),退税额(万元),实缴税额合计(万元)");
        assertHeader("land_parcels_2023.csv", StandardCharsets.UTF_8, ',', true, "宗地编号,权利人统一社会信用代码,权利人名称,坐落,土地用途,宗地面积(平方米)");
        assertHeader("land_leases_2023.csv", StandardCharsets.UTF_8, ',', true, "出租方统一社会信用代码,承租方统一社会信用代码,承租方名称,租赁用地面积(平方米),租赁起始日期,租赁终止日期");
        assertHeader("power_2023.csv", StandardCharsets.UTF_8, '\t', false, "户号,户名,统一社会信用代码,1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月,全年用电量(千瓦时)");
        assertHeader("parks.csv", StandardCharsets.UTF_8, ',', false, "园区代码,园区名称,所属区县,园区级别");
    }

    private void assertHeader(String file, Charset cs, char sep, boolean bom, String header) throws IOException {
        Path p = dir.resolve(file);
        assertThat(CsvFile.hasBom(p)).as(file + " BOM").isEqualTo(bom);
        List<String[]> rows = CsvFile.read(p, cs, sep);
        assertThat(String.join(",", rows.get(0))).as(file).isEqualTo(header);
        assertThat(rows.size()).as(file + " rows").isGreaterThan(10);
        assertThat(rows).as(file + " column count").allMatch(r -> r.length == rows.get(0).length);
    }

    @Test
    void gbkFilesAreNotUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("tax_2023.csv"));
        assertThat(new String(bytes, GBK)).startsWith("统一社会信用代码");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotStartWith("统一社会信用代码");
    }

    @Test
    void statisticsWorkbookHasTitleBlankRowAndHeaderOnBothSheets() throws IOException {
        Map<String, List<String[]>> book = Workbook.read(dir.resolve("statistics_2023.xlsx"));
        assertThat(book).containsOnlyKeys("规上工业", "规下工业");
        for (List<String[]> rows : book.values()) {
            assertThat(rows.get(0)[0]).isEqualTo("2023年工业企业主要经济指标");
            assertThat(rows.get(1)).isEmpty();
            assertThat(String.join(",", rows.get(2))).isEqualTo("统一社会信用代码,单位详细名称,行业代码,规模标志,工业总产值(当年价格)(千元),"
                    + "营业收入(千元),工业增加值(千元),研究与试验发展经费支出(千元),从业人员平均人数(人),综合能源消费量(吨标准煤),用水量(吨)");
            assertThat(rows.size()).isGreaterThan(20);
        }
        assertThat(book.get("规上工业").subList(3, book.get("规上工业").size())).allMatch(r -> r[3].equals("规上"));
        assertThat(book.get("规下工业").subList(3, book.get("规下工业").size())).allMatch(r -> r[3].equals("规下"));
    }

    @Test
    void environmentWorkbookHasItsHeaderInRowOne() throws IOException {
        Map<String, List<String[]>> book = Workbook.read(dir.resolve("environment_2023.xlsx"));
        assertThat(book).containsOnlyKeys("重点排污单位");
        assertThat(String.join(",", book.get("重点排污单位").get(0)))
                .isEqualTo("统一社会信用代码,单位名称,化学需氧量排放量(吨),氨氮排放量(吨),二氧化硫排放量(吨),氮氧化物排放量(吨),环境违法次数");
    }

    @Test
    void sheetsOverflowOntoContinuationSheets(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("big.xlsx");
        try (XlsxWriter w = new XlsxWriter(file, 2023)) {
            XlsxWriter.Sheet s = w.sheet("规下工业", "标题", new String[]{"a", "b"}, true);
            RowBuffer row = new RowBuffer(2);
            int last = 0;
            for (int i = 0; i < XlsxWriter.MAX_ROWS; i++) {
                last = s.write(row.text(0, "x").number(1, i, 2));
            }
            assertThat(last).isEqualTo(6);
            assertThat(s.sheet()).isEqualTo("规下工业(2)");
        }
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            assertThat(zip.getEntry("xl/worksheets/sheet2.xml")).isNotNull();
        }
    }
}
