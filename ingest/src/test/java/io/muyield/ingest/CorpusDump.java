package io.muyield.ingest;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("slow")
class CorpusDump {
    @Test
    void dump() throws Exception {
        FileImporter imp = new FileImporter(TestReference.chongqing());
        for (String f : new String[]{"registration_gbk.csv", "registration_faults.csv", "tax_bom_fullwidth.csv", "tax_yuan_semicolon.csv",
                "tax_unit_column.tsv", "power_tab.csv", "land_parcels_pipe.csv", "land_leases.csv", "environment_faults.csv",
                "quoted_crlf.csv", "truncated.csv", "empty.csv", "title_only.csv", "missing_column.csv", "wrong_unit.csv", "parks.csv"}) {
            ParsedFile p = imp.importFile(TestReference.corpus(f), ImportOptions.of(1, 2023));
            var r = p.result();
            System.out.println("=== " + f + " " + r.format() + " " + r.charset() + " " + r.delimiter() + " " + r.profiles() + " rows=" + r.dataRows() + " acc=" + r.accepted());
            r.headers().forEach(h -> System.out.println("  H " + h));
            r.problems().forEach(i -> System.out.println("  P " + i));
            r.rejections().forEach(j -> System.out.println("  R " + j.row() + " " + j.issues()));
            r.warnings().forEach(i -> System.out.println("  W " + i));
            p.records().forEach(x -> System.out.println("  + " + x));
        }
    }
}
