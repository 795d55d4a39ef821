package io.muyield.ingest;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.ingest.record.EventRecord;
import io.muyield.ingest.record.TagRecord;
import io.muyield.ingest.validate.Rejection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The official lists of tags (高新技术企业, 专精特新, 单项冠军, 上市, 链主) and of events (安全生产事故, 严重失信, 行政处罚): recognised by their header,
 * read into tag and event records, and refused row by row (file, row, field) where a row cannot hold in the year.
 */
class StandingListsTest {

    static final String A = "9150011210000001XW";
    static final String B = "9150011210000002XX";
    static final String C = "9150010510000003XT";
    static final String UNREGISTERED = code("91500105100000099");
    static final String D = code("91500105100000041");
    static final String E = code("91500105100000052");
    static final String F = code("91500105100000063");

    @TempDir
    Path dir;

    static String code(String first17) {
        return first17 + CreditCode.checkDigit(first17);
    }

    private ParsedFile read(String name, String text, Charset cs) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, text.getBytes(cs));
        FileImporter importer = new FileImporter(TestReference.chongqing()
                .withRegistered(Set.of(A, B, C, D, E, F).stream().map(CreditCode::new).toList()::contains));
        return importer.importFile(f, ImportOptions.of(3, 2023));
    }

    private static Rejection rejected(ParsedFile p, int row) {
        return p.result().rejections().stream().filter(r -> r.row() == row).findFirst()
                .orElseThrow(() -> new AssertionError("row " + row + " not rejected: " + p.result().rejections()));
    }

    @Test
    void highTechListInGbkWithTitleRowGivesTheTagAndRefusesRowsNotHeldThatYear() throws IOException {
        ParsedFile p = read("高新技术企业名单.csv", String.join("\r\n",
                "2023年重庆市有效期内高新技术企业名单,,,,",
                "序号,企业名称,统一社会信用代码,证书编号,发证日期,有效期至",
                "1,甲公司," + A + ",GR202151000123,2021-11-30,2024-11-29",
                "2,乙公司," + B + ",GR202351000456,2023年12月5日,",
                "3,丙公司," + C + ",GR202051000789,2020-10-10,2023-10-09",
                "4,丁公司," + UNREGISTERED + ",GR202251000111,2022-12-01,2025-11-30",
                "5,戊公司,9150011210000001XX,GR202251000222,2022-12-01,2025-11-30",
                "6,甲公司," + A + ",GR202151000123,2021-11-30,2024-11-29",
                "7,己公司," + C + ",GR202451000333,2024-12-01,2027-11-30",
                "8,庚公司," + C + ",GR201951000444,2019-12-01,",
                ""), Charset.forName("GBK"));
        assertThat(p.result().problems()).isEmpty();
        assertThat(p.result().profiles()).containsExactly("high_tech");
        assertThat(p.records()).hasSize(3);
        TagRecord a = (TagRecord) p.records().get(0);
        assertThat(a.enterprise().value()).isEqualTo(A);
        assertThat(a.tag()).isEqualTo("high_tech");
        assertThat(a.certificate()).isEqualTo("GR202151000123");
        assertThat(a.recognisedYear()).hasValue(2021);
        assertThat(a.validUntil()).contains(LocalDate.of(2024, 11, 29));
        assertThat(((TagRecord) p.records().get(2)).validUntil()).contains(LocalDate.of(2023, 10, 9)); // valid part of the year
        assertThat(rejected(p, 6).has("统一社会信用代码", "未在市场主体登记中")).isTrue();
        assertThat(rejected(p, 7).has("统一社会信用代码", "校验")).isTrue();
        assertThat(rejected(p, 8).issues().get(0).message().zh()).contains("完全相同");
        assertThat(rejected(p, 9).has("发证日期", "晚于导入年度")).isTrue();
        assertThat(rejected(p, 10).has("发证日期", "已失效")).isTrue();
        assertThat(rejected(p, 10).file()).isEqualTo("高新技术企业名单.csv");
    }

    @Test
    void specialisedListReadsTheKindOfRecognition() throws IOException {
        ParsedFile p = read("specialised_2023.csv", "\uFEFF" + String.join("\n",
                "统一社会信用代码,企业名称,认定类型,认定批次,有效期",
                A + ",甲公司,专精特新中小企业,2022年第二批,2022-12-01至2025-11-30",
                B + ",乙公司,国家级专精特新“小巨人”企业,2021年第三批,",
                A + ",甲公司,专精特新“小巨人”,2023,",
                C + ",丙公司,创新型中小企业,2023,",
                C + ",丙公司,专精特新中小企业,第二批,",
                ""), StandardCharsets.UTF_8);
        assertThat(p.result().profiles()).containsExactly("specialised");
        assertThat(p.records()).extracting(r -> ((TagRecord) r).enterprise().value() + " " + ((TagRecord) r).tag())
                .containsExactly(A + " specialised", B + " little_giant", A + " little_giant");
        assertThat(((TagRecord) p.records().get(0)).validUntil()).contains(LocalDate.of(2025, 11, 30));
        assertThat(rejected(p, 5).has("认定类型", "未知的认定类型")).isTrue();
        assertThat(rejected(p, 6).has("认定批次", "无法识别")).isTrue();
    }

    @Test
    void safetyAccidentsBySeverityAndOnlyInTheYear() throws IOException {
        ParsedFile p = read("safety_accidents_2023.csv", String.join("\n",
                "事故单位,统一社会信用代码,事故发生日期,事故类型,事故等级,死亡人数",
                "甲公司," + A + ",2023-03-05,机械伤害,一般事故,1",
                "乙公司," + B + ",2023/7/1,火灾,重大事故,12",
                "丙公司," + C + ",2022-12-30,触电,一般,0",
                "丙公司," + C + ",2023-05-05,触电,严重,0",
                "丙公司," + C + ",2023-06-05,,较大,",
                ""), StandardCharsets.UTF_8);
        assertThat(p.result().profiles()).containsExactly("safety_accidents");
        assertThat(p.records()).extracting(r -> ((EventRecord) r).kind())
                .containsExactly("safety_accident", "major_safety_accident", "safety_accident");
        EventRecord major = (EventRecord) p.records().get(1);
        assertThat(major.date()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(major.detail()).isEqualTo("重大事故，火灾，死亡12人");
        assertThat(rejected(p, 4).has("事故发生日期", "不在导入年度")).isTrue();
        assertThat(rejected(p, 5).has("事故等级", "未知的事故等级")).isTrue();
    }

    @Test
    void dishonestyEntriesOnTheListThatYear() throws IOException {
        ParsedFile p = read("dishonesty_2023.csv", String.join("\n",
                "失信主体名称,统一社会信用代码,名单类型,列入日期,移出日期,失信行为",
                "甲公司," + A + ",失信被执行人,2022-05-01,,有履行能力而拒不履行",
                "乙公司," + B + ",严重失信主体名单,2024-01-02,,",
                "丙公司," + C + ",失信被执行人,2020-01-01,2022-06-30,",
                "丙公司," + C + ",严重失信主体名单,2023-03-01,2023-09-30,拖欠税款",
                ""), StandardCharsets.UTF_8);
        assertThat(p.result().profiles()).containsExactly("dishonesty");
        assertThat(p.records()).extracting(r -> ((EventRecord) r).enterprise().value() + " " + ((EventRecord) r).kind())
                .containsExactly(A + " serious_dishonesty", C + " serious_dishonesty");
        assertThat(((EventRecord) p.records().get(0)).detail()).isEqualTo("失信被执行人，有履行能力而拒不履行");
        assertThat(rejected(p, 3).has("列入日期", "晚于导入年度")).isTrue();
        assertThat(rejected(p, 4).has("移出日期", "早于导入年度")).isTrue();
        assertThat(p.result().rejections()).hasSize(2);
    }

    @Test
    void championListGivesTheTagWithItsProductForThreeYears() throws IOException {
        ParsedFile p = read("champion_2023.csv", String.join("\n",
                "序号,统一社会信用代码,企业名称,认定批次,单项冠军产品",
                "1," + A + ",甲公司,2021年（第六批）,汽车变速器齿轮",
                "2," + B + ",乙公司,2024年（第九批）,光纤预制棒",
                "3," + C + ",丙公司,2020年（第五批）,摩托车发动机",
                "4," + D + ",丁公司,第七批,摩托车发动机",
                "5," + E + ",戊公司,2023,",
                ""), StandardCharsets.UTF_8);
        assertThat(p.result().profiles()).containsExactly("champion");
        assertThat(p.records()).hasSize(1);
        TagRecord a = (TagRecord) p.records().get(0);
        assertThat(a.tag()).isEqualTo("champion");
        assertThat(a.certificate()).isEqualTo("汽车变速器齿轮");
        assertThat(a.recognisedYear()).hasValue(2021);
        assertThat(rejected(p, 3).has("认定批次", "晚于导入年度")).isTrue();
        assertThat(rejected(p, 4).has("认定批次", "已失效")).isTrue();
        assertThat(rejected(p, 5).has("认定批次", "无法识别")).isTrue();
        assertThat(rejected(p, 6).has("单项冠军产品", "")).isTrue();
    }

    @Test
    void listedFromTheListingDateUntilDelisting() throws IOException {
        ParsedFile p = read("listed_2023.csv", String.join("\n",
                "证券代码,证券简称,统一社会信用代码,上市日期,上市板块,退市日期",
                "601127,甲公司," + A + ",2016-06-15,上交所主板,",
                "301000,乙公司," + B + ",2023-12-28,深交所创业板,",
                "000565,丙公司," + C + ",1993-01-01,深交所主板,2022-06-30",
                "688000,丁公司," + D + ",2024-03-01,上交所科创板,",
                "920000,戊公司," + E + ",2023-06-01,北交所,2023-03-01",
                ",己公司," + F + ",2020-03-01,北交所,",
                ""), StandardCharsets.UTF_8);
        assertThat(p.result().profiles()).containsExactly("listed");
        assertThat(p.records()).extracting(r -> ((TagRecord) r).enterprise().value() + " " + ((TagRecord) r).tag())
                .containsExactly(A + " listed", B + " listed");
        TagRecord a = (TagRecord) p.records().get(0);
        assertThat(a.certificate()).isEqualTo("601127，上交所主板");
        assertThat(a.recognisedYear()).hasValue(2016);
        assertThat(rejected(p, 4).has("退市日期", "早于导入年度")).isTrue();
        assertThat(rejected(p, 5).has("上市日期", "晚于导入年度")).isTrue();
        assertThat(rejected(p, 6).has("退市日期", "早于上市日期")).isTrue();
        assertThat(rejected(p, 7).has("证券代码", "")).isTrue();
    }

    @Test
    void chainLeadersByChainNotBeforeRecognition() throws IOException {
        ParsedFile p = read("chain_leaders_2023.csv", String.join("\n",
                "产业链名称,链主企业,统一社会信用代码,认定年份",
                "智能网联新能源汽车,甲公司," + A + ",2022",
                "新一代电子信息制造,乙公司," + B + ",2024",
                ",丙公司," + C + ",2022",
                "先进材料,丁公司," + D + ",二〇二二",
                ""), StandardCharsets.UTF_8);
        assertThat(p.result().profiles()).containsExactly("chain_leaders");
        assertThat(p.records()).hasSize(1);
        TagRecord a = (TagRecord) p.records().get(0);
        assertThat(a.tag()).isEqualTo("chain_leader");
        assertThat(a.certificate()).isEqualTo("智能网联新能源汽车");
        assertThat(a.validUntil()).isEmpty();
        assertThat(rejected(p, 3).has("认定年份", "晚于导入年度")).isTrue();
        assertThat(rejected(p, 4).has("产业链名称", "")).isTrue();
        assertThat(rejected(p, 5).has("认定年份", "无法识别")).isTrue();
    }

    @Test
    void adminPenaltiesOnePerDecisionInTheYearOfTheirDate() throws IOException {
        ParsedFile p = read("admin_penalties_2023.csv", String.join("\n",
                "行政相对人名称,统一社会信用代码,处罚决定书文号,处罚日期,处罚机关,处罚事由",
                "甲公司," + A + ",渝市监处罚〔2023〕101号,2023-03-05,重庆市市场监督管理局,虚假宣传",
                "甲公司," + A + ",渝环罚〔2023〕7号,2023-08-01,重庆市生态环境局,超标排放",
                "乙公司," + B + ",渝市监处罚〔2022〕9号,2022-12-30,重庆市市场监督管理局,无证经营",
                "丙公司," + C + ",渝市监处罚〔2023〕101号,2023-05-05,重庆市市场监督管理局,虚假宣传",
                "丙公司," + C + ",渝应急罚〔2023〕3号,,重庆市应急管理局,未按规定培训",
                "丙公司," + C + ",,2023-06-01,重庆市应急管理局,未按规定培训",
                ""), StandardCharsets.UTF_8);
        assertThat(p.result().profiles()).containsExactly("admin_penalties");
        assertThat(p.records()).extracting(r -> ((EventRecord) r).enterprise().value() + " " + ((EventRecord) r).kind())
                .containsExactly(A + " admin_penalty", A + " admin_penalty");
        EventRecord first = (EventRecord) p.records().get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2023, 3, 5));
        assertThat(first.detail()).isEqualTo("渝市监处罚〔2023〕101号，重庆市市场监督管理局，虚假宣传");
        assertThat(rejected(p, 4).has("处罚日期", "不在导入年度")).isTrue();
        assertThat(rejected(p, 5).reasonsZh()).contains("处罚决定书文号与第2行相同"); // a decision counted once
        assertThat(rejected(p, 6).has("处罚日期", "")).isTrue();
        assertThat(rejected(p, 7).has("处罚决定书文号", "")).isTrue();
        assertThat(p.result().rejections()).hasSize(4);
    }

    @Test
    void theListsAreNotMistakenForOtherFiles() {
        assertThat(io.muyield.ingest.profile.SourceProfiles.standard().all()).extracting(s -> s.key())
                .contains("high_tech", "specialised", "safety_accidents", "dishonesty", "champion", "listed", "chain_leaders", "admin_penalties");
        assertThat(List.of(new FileImporter(TestReference.chongqing()).importFile(TestReference.corpus("registration_gbk.csv"),
                ImportOptions.of(1, 2023)).result().profiles())).containsExactly(List.of("registration"));
    }
}
