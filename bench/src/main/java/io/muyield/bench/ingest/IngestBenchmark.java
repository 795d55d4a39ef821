package io.muyield.bench.ingest;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.ingest.FileImportResult;
import io.muyield.ingest.FileImporter;
import io.muyield.ingest.ImportOptions;
import io.muyield.ingest.validate.ReferenceData;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The file side of the import, measured (docs/BENCHMARKS.md, "Import (file side)"):
 * <pre>
 *   generate-csv  FILE ROWS   a GBK tax CSV (8 columns; thousands separators, full-width digits and blanks sprinkled in)
 *   generate-xlsx FILE ROWS   a statistics XLSX (title row, blank row, header, shared strings), written with SXSSF
 *   csv  FILE [RUNS]          parse + validate, rows/s (best of RUNS, after one warm-up run)
 *   xlsx FILE                 parse + validate once, rows/s and peak heap (run it with -Xmx512m)
 * </pre>
 * Reference data is permissive for industries (any class) and holds the district codes used by the generated rows.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: generate-csv|generate-xlsx FILE ROWS | csv FILE [RUNS] | xlsx FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "generate-csv" -> generateCsv(file, Integer.parseInt(args[2]));
            case "generate-xlsx" -> generateXlsx(file, Integer.parseInt(args[2]));
            case "csv" -> csv(file, args.length > 2 ? Integer.parseInt(args[2]) : 3);
            case "xlsx" -> xlsx(file);
            case "csv-read" -> csvReadOnly(file, args.length > 2 ? Integer.parseInt(args[2]) : 3);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static String code(int n) {
        String first17 = "91500112" + String.format("%08d", n) + "X";
        return first17 + CreditCode.checkDigit(first17);
    }

    static void generateCsv(Path file, int rows) throws IOException {
        Random rnd = new Random(42);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), Charset.forName("GBK")), 1 << 16)) {
            w.write("统一社会信用代码,纳税人名称,税款所属年度,增值税(万元),企业所得税(万元),其他税费(万元),退税额(万元),实缴税额合计(万元)\n");
            for (int i = 0; i < rows; i++) {
                long vat = rnd.nextInt(1_000_000);
                long inc = rnd.nextInt(300_000);
                long oth = rnd.nextInt(50_000);
                long ref = -rnd.nextInt(1_000);
                long total = vat + inc + oth + ref;
                String totalText = i % 50 == 0 ? group(total) : i % 97 == 0 ? fullWidth(money(total)) : money(total);
                w.write(code(i) + ",重庆市第" + i + "号制造有限公司,2023," + money(vat) + "," + money(inc) + ","
                        + (i % 31 == 0 ? "—" : money(oth)) + "," + money(ref) + "," + totalText + "\n");
                if (i % 31 == 0) {
                    // the blank "other taxes" makes the parts differ from the total: a warning, the row is kept
                }
            }
        }
    }

    private static String money(long hundredths) {
        String s = Long.toString(Math.abs(hundredths));
        while (s.length() < 3) {
            s = "0" + s;
        }
        return (hundredths < 0 ? "-" : "") + s.substring(0, s.length() - 2) + "." + s.substring(s.length() - 2);
    }

    private static String group(long hundredths) {
        return "\"" + String.format("%,.2f", hundredths / 100.0) + "\"";
    }

    private static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        }
        return b.toString();
    }

    static void generateXlsx(Path file, int rows) throws IOException {
        Random rnd = new Random(42);
        String[] header = {"统一社会信用代码", "单位详细名称", "行业代码", "规模标志", "工业总产值(当年价格)(千元)", "营业收入(千元)",
                "工业增加值(千元)", "研究与试验发展经费支出(千元)", "从业人员平均人数(人)", "综合能源消费量(吨标准煤)", "用水量(吨)"};
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 1000, true, true); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("规上工业");
            s.createRow(0).createCell(0).setCellValue("2023年工业企业主要经济指标");
            Row h = s.createRow(2);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(3 + i);
                r.createCell(0).setCellValue(code(i));
                r.createCell(1).setCellValue("重庆市第" + i + "号制造有限公司");
                r.createCell(2).setCellValue("3484");
                r.createCell(3).setCellValue(i % 3 == 0 ? "规下" : "规上");
                double output = 1000 + rnd.nextInt(10_000_000);
                r.createCell(4).setCellValue(output);
                r.createCell(5).setCellValue(Math.round(output * 0.9));
                r.createCell(6).setCellValue(Math.round(output * 0.25));
                r.createCell(7).setCellValue(Math.round(output * 0.02));
                r.createCell(8).setCellValue(10 + rnd.nextInt(2000));
                r.createCell(9).setCellValue(rnd.nextInt(50_000) / 10.0);
                r.createCell(10).setCellValue(rnd.nextInt(1_000_000));
            }
            wb.write(out);
            wb.dispose();
        }
    }

    static FileImporter importer() {
        return new FileImporter(new ReferenceData(c -> true, Map.of("500112", "500112", "渝北区", "500112"), Map.of(), Optional.empty()));
    }

    static void csv(Path file, int runs) {
        FileImporter importer = importer();
        once(importer, file, "warm-up");
        double best = 0;
        for (int i = 0; i < runs; i++) {
            best = Math.max(best, once(importer, file, "run " + (i + 1)));
        }
        System.out.printf("CSV best: %,.0f rows/s%n", best);
    }

    /** The reader alone (decoding + splitting), to tell parsing from validation. */
    static void csvReadOnly(Path file, int runs) throws IOException {
        for (int i = 0; i <= runs; i++) {
            AtomicLong n = new AtomicLong();
            long t0 = System.nanoTime();
            new io.muyield.ingest.table.CsvReader().read(file, io.muyield.ingest.table.ReadOptions.DETECT, row -> n.incrementAndGet());
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("read only: %,d rows in %.2f s = %,.0f rows/s%n", n.get(), seconds, n.get() / seconds);
        }
    }

    static void xlsx(Path file) {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        once(importer(), file, "xlsx");
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("XLSX peak heap (sum of pool peaks): %,d MB; max heap %,d MB%n", peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static double once(FileImporter importer, Path file, String label) {
        AtomicLong sink = new AtomicLong();
        long t0 = System.nanoTime();
        FileImportResult r = importer.importFile(file, ImportOptions.of(1, 2023), rec -> sink.incrementAndGet());
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = r.dataRows() / seconds;
        System.out.printf("%s: %,d rows (%,d accepted, %,d rejected, %,d warnings, problems %s) in %.2f s = %,.0f rows/s%n",
                label, r.dataRows(), r.accepted(), r.rejections().size(), r.warningCount(), r.problems(), seconds, rate);
        return rate;
    }
}
