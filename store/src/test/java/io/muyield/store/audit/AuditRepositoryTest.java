package io.muyield.store.audit;

import io.muyield.store.BothDatabases;
import io.muyield.store.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class AuditRepositoryTest {

    @Parameter
    TestDatabase target;

    private AuditRepository audit;

    @BeforeEach
    void empty() {
        target.database().jdbc().update("DELETE FROM audit_entry");
        audit = new AuditRepository(target.database());
        audit.append("admin", "LOGIN", "admin", "");
        audit.append("yubei", "ENTERPRISE_VIEW", "91500112M10000018X", "fields=tax,revenue");
        audit.append("admin", "EXPORT", "enterprises", "district=500112 rows=3");
    }

    @Test
    void anUntouchedChainVerifies() {
        ChainCheck check = audit.verify();
        assertThat(check.ok()).isTrue();
        assertThat(check.entries()).isEqualTo(3);
        assertThat(check.describe()).isEqualTo("OK: audit chain of 3 entries verified");
        assertThat(audit.latest(10, null)).extracting(AuditEntry::seq).containsExactly(3L, 2L, 1L);
        assertThat(audit.latest(10, "EXPORT")).singleElement().satisfies(e -> assertThat(e.details()).isEqualTo("district=500112 rows=3"));
        AuditEntry first = audit.latest(10, "LOGIN").get(0);
        assertThat(first.prevHash()).isEqualTo(AuditEntry.GENESIS);
        assertThat(audit.latest(10, "ENTERPRISE_VIEW").get(0).prevHash()).isEqualTo(first.hash());
    }

    @Test
    void anEditedRowIsFound() {
        target.database().jdbc().update("UPDATE audit_entry SET details = 'district=500112 rows=1' WHERE seq = 3");
        ChainCheck check = audit.verify();
        assertThat(check.ok()).isFalse();
        assertThat(check.firstBrokenSeq()).contains(3L);
        assertThat(check.describe()).startsWith("BROKEN at entry 3: its content was changed");
    }

    @Test
    void anEditedRowWithARecomputedHashBreaksTheNextLink() {
        AuditEntry second = audit.latest(10, "ENTERPRISE_VIEW").get(0);
        String forged = AuditEntry.hashOf(2, second.at(), "someone", second.action(), second.target(), second.details(), second.prevHash());
        target.database().jdbc().update("UPDATE audit_entry SET actor = 'someone', hash = ? WHERE seq = 2", forged);
        ChainCheck check = audit.verify();
        assertThat(check.firstBrokenSeq()).contains(3L);
        assertThat(check.problem().orElseThrow()).contains("link");
    }

    @Test
    void aRemovedRowIsFound() {
        target.database().jdbc().update("DELETE FROM audit_entry WHERE seq = 2");
        assertThat(audit.verify().describe()).isEqualTo("BROKEN at entry 2: entry 2 is missing (next is 3)");
    }

    @Test
    void appendsContinueTheChainAfterAVerify() {
        audit.append("auditor", "AUDIT_VERIFY", "audit", "OK");
        assertThat(audit.verify().entries()).isEqualTo(4);
        assertThat(audit.about("enterprises")).hasSize(1);
    }
}
