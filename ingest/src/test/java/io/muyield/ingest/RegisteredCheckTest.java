package io.muyield.ingest;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.ingest.record.FactRecord;
import io.muyield.ingest.record.LeaseRecord;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** With the registered enterprises known, rows about any other enterprise are rejected on its credit-code field. */
class RegisteredCheckTest {

    private static final CreditCode FIRST = new CreditCode("9150011210000001XW");
    private static final CreditCode SECOND = new CreditCode("9150011210000002XX");

    @Test
    void factRowsOfUnregisteredEnterprisesAreRejected() {
        FileImporter importer = new FileImporter(TestReference.chongqing().withRegistered(Set.of(FIRST)::contains));
        ParsedFile p = importer.importFile(TestReference.corpus("tax_bom_fullwidth.csv"), ImportOptions.of(1, 2023));
        assertThat(p.records()).extracting(r -> ((FactRecord) r).enterprise()).containsExactly(FIRST);
        assertThat(p.result().rejections()).filteredOn(r -> r.row() == 3).singleElement()
                .satisfies(r -> assertThat(r.has("统一社会信用代码", "未在市场主体登记中")).isTrue());
    }

    @Test
    void withoutTheCheckEveryValidRowIsKept() {
        ParsedFile p = new FileImporter(TestReference.chongqing()).importFile(TestReference.corpus("tax_bom_fullwidth.csv"),
                ImportOptions.of(1, 2023));
        assertThat(p.records()).extracting(r -> ((FactRecord) r).enterprise()).contains(FIRST, SECOND);
    }

    @Test
    void bothPartiesOfALeaseMustBeRegistered() {
        ParsedFile all = new FileImporter(TestReference.chongqing()).importFile(TestReference.corpus("land_leases.csv"),
                ImportOptions.of(1, 2023));
        LeaseRecord first = (LeaseRecord) all.records().get(0);
        ParsedFile onlyTenant = new FileImporter(TestReference.chongqing().withRegistered(c -> c.equals(first.tenant())))
                .importFile(TestReference.corpus("land_leases.csv"), ImportOptions.of(1, 2023));
        assertThat(onlyTenant.records()).isEmpty();
        assertThat(onlyTenant.result().rejections()).anySatisfy(r -> assertThat(r.issues())
                .anySatisfy(i -> assertThat(i.message().zh()).contains("未在市场主体登记中", first.landlord().value())));
    }
}
