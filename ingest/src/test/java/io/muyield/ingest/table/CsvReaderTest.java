package io.muyield.ingest.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvReaderTest {

    @TempDir
    Path dir;

    private List<RawRow> read(Path file, ReadOptions options, ReadSummary[] summary) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        summary[0] = new CsvReader().read(file, options, rows::add);
        return rows;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void detectsGbkUtf8AndBom() throws IOException {
        String text = "统一社会信用代码,企业名称\n1,重庆甲公司\n";
        ReadSummary[] s = new ReadSummary[1];
        List<RawRow> gbk = read(write("gbk.csv", text.getBytes(Charset.forName("GBK"))), ReadOptions.DETECT, s);
        assertThat(s[0].charset()).contains("GB18030");
        assertThat(gbk.get(1).cell(1)).isEqualTo("重庆甲公司");

        List<RawRow> utf8 = read(write("utf8.csv", text.getBytes(StandardCharsets.UTF_8)), ReadOptions.DETECT, s);
        assertThat(s[0].charset()).contains("UTF-8");
        assertThat(utf8.get(0).cell(0)).isEqualTo("统一社会信用代码");

        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        List<RawRow> withBom = read(write("bom.csv", bom), ReadOptions.DETECT, s);
        assertThat(s[0].charset()).contains("UTF-8");
        assertThat(withBom.get(0).cell(0)).isEqualTo("统一社会信用代码");

        byte[] utf16 = ("\uFEFF" + text.replace(',', '\t')).getBytes(StandardCharsets.UTF_16LE);
        List<RawRow> excelUnicode = read(write("unicode.txt", utf16), ReadOptions.DETECT, s);
        assertThat(s[0].delimiter()).contains('\t');
        assertThat(excelUnicode.get(1).cell(1)).isEqualTo("重庆甲公司");
    }

    @Test
    void encodingCanBeOverridden() throws IOException {
        byte[] gbk = "名称\n重庆\n".getBytes(Charset.forName("GBK"));
        ReadSummary[] s = new ReadSummary[1];
        List<RawRow> rows = read(write("o.csv", gbk), ReadOptions.DETECT.withCharset(Charset.forName("GBK")), s);
        assertThat(s[0].charset()).contains("GBK");
        assertThat(rows.get(1).cell(0)).isEqualTo("重庆");
    }

    @Test
    void sniffsDelimitersPastTitleRows() {
        assertThat(DelimiterSniffer.sniff("2023年报表\na;b;c\n1;2;3\n")).isEqualTo(';');
        assertThat(DelimiterSniffer.sniff("a\tb\tc\n1\t2,5\t3\n")).isEqualTo('\t');
        assertThat(DelimiterSniffer.sniff("a|b|c\n1|2|3\n")).isEqualTo('|');
        assertThat(DelimiterSniffer.sniff("\"a,x\";b\n\"1,2\";3\n")).isEqualTo(';');
        assertThat(DelimiterSniffer.sniff("onlyone\n")).isEqualTo(',');
    }

    @Test
    void rfc4180QuotesCrlfAndRecordNumbers() throws IOException {
        String text = "h1,h2,h3\r\n\"a,1\",\"say \"\"hi\"\"\",x\r\n\"multi\nline\",b,\r\n\r\nlast,,\"\"";
        ReadSummary[] s = new ReadSummary[1];
        List<RawRow> rows = read(write("q.csv", text.getBytes(StandardCharsets.UTF_8)), ReadOptions.DETECT, s);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).asList()).containsExactly("a,1", "say \"hi\"", "x");
        assertThat(rows.get(2).asList()).containsExactly("multi\nline", "b", "");
        assertThat(rows.get(2).number()).isEqualTo(3);
        assertThat(rows.get(3).isBlank()).isTrue();
        assertThat(rows.get(4).number()).isEqualTo(5);
        assertThat(rows.get(4).asList()).containsExactly("last", "", "");
        assertThat(s[0].truncated()).isFalse();
    }

    @Test
    void endingInsideQuotesIsTruncation() throws IOException {
        ReadSummary[] s = new ReadSummary[1];
        read(write("t.csv", "a,b\n1,\"open".getBytes(StandardCharsets.UTF_8)), ReadOptions.DETECT, s);
        assertThat(s[0].truncated()).isTrue();
    }

    @Test
    void digestCoversTheWholeFile() throws IOException {
        byte[] big = ("a,b\n" + "1,2\n".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
        Path p = write("big.csv", big);
        ReadSummary[] s = new ReadSummary[1];
        List<RawRow> rows = read(p, ReadOptions.DETECT, s);
        assertThat(rows).hasSize(100_001);
        assertThat(s[0].sha256()).contains(io.muyield.ingest.FileDigest.sha256(p));
    }

    @Test
    void sniffsFormatByContent() throws IOException {
        assertThat(TabularFormat.sniff(write("x.xls", "a,b\n".getBytes(StandardCharsets.UTF_8)))).isEqualTo(TabularFormat.CSV);
    }
}
