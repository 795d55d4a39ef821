package io.muyield.ingest.table;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A delimited text file cut inside its last record is told apart from a whole one. */
class TextTailTest {

    @TempDir
    Path dir;

    private Path write(String text, Charset cs) throws IOException {
        Path p = dir.resolve("f.csv");
        Files.write(p, text.getBytes(cs));
        return p;
    }

    @Test
    void aCutInsideTheLastRecordIsATruncation() throws IOException {
        String whole = "统一社会信用代码,纳税人名称,年度,税额\r\n9150011210000001XW,\"甲,公司\",2023,12.5\r\n9150011210000002XX,乙,2023,7\r\n";
        assertThat(TextTail.truncation(write(whole, Charset.forName("GBK")), Charset.forName("GBK"), ',')).isEmpty();
        String cut = whole.substring(0, whole.length() - 5);   // "…XX,乙,202"
        assertThat(TextTail.truncation(write(cut, Charset.forName("GBK")), Charset.forName("GBK"), ','))
                .hasValueSatisfying(m -> assertThat(m.zh()).contains("最后一行只有3列（上一行4列）", "可能被截断"));
        String cutTab = "a\tb\tc\n1\t2\t3\n4\t5";
        assertThat(TextTail.truncation(write(cutTab, StandardCharsets.UTF_8), StandardCharsets.UTF_8, '\t')).isPresent();
    }

    @Test
    void aWholeLastLineWithoutALineBreakIsNot() throws IOException {
        assertThat(TextTail.truncation(write("a,b,c\n1,2,3\n4,5,6", StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',')).isEmpty();
        assertThat(TextTail.truncation(write("a,b,c", StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',')).isEmpty();
        assertThat(TextTail.truncation(write("", StandardCharsets.UTF_8), StandardCharsets.UTF_8, ',')).isEmpty();
        assertThat(TextTail.fields("1,\"x,y\",3", ',')).isEqualTo(3);
    }
}
