package io.muyield.store.appeal;

import io.muyield.store.BothDatabases;
import io.muyield.store.SmallCity;
import io.muyield.store.TestDatabase;
import io.muyield.store.query.Column;
import io.muyield.store.query.Condition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import static io.muyield.store.SmallCity.E1;
import static io.muyield.store.SmallCity.E3;
import static org.assertj.core.api.Assertions.assertThat;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(BothDatabases.class)
class AppealRepositoryTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 10, 0);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};

    @Parameter
    TestDatabase target;

    private AppealRepository appeals;
    private long e1Appeal;

    @BeforeEach
    void city() {
        SmallCity.write(target);
        for (String t : new String[]{"appeal", "appeal_step", "appeal_evidence"}) {
            target.database().jdbc().update("DELETE FROM " + t);
        }
        appeals = new AppealRepository(target.database());
        e1Appeal = appeals.file(E1.value(), 2023, "tax", new BigDecimal("240"), new BigDecimal("260"), "late refund", "e1user", NOW,
                List.of(new AppealRepository.NewEvidence("receipt.png", "image/png", "abc", PNG)));
        appeals.file(E3.value(), 2023, "output", null, new BigDecimal("950"), "typo", "e3user", NOW, List.of());
    }

    @Test
    void anAppealOutsideTheScopeIsNotFound() {
        Condition yubei = Condition.eq(Column.DISTRICT_CODE, "500112").or(Condition.eq(Column.ZONE_CODE, "500112"));
        assertThat(appeals.find(e1Appeal, yubei)).isPresent();
        assertThat(appeals.find(e1Appeal, Condition.eq(Column.DISTRICT_CODE, "500113"))).isEmpty();
        assertThat(appeals.find(e1Appeal, Condition.none())).isEmpty();
        assertThat(appeals.list(yubei, Optional.empty())).extracting(Appeal::creditCode).containsExactly(E1.value());
        assertThat(appeals.list(Condition.all(), Optional.empty())).hasSize(2);
        assertThat(appeals.list(Condition.all(), Optional.of(AppealStatus.FORWARDED))).isEmpty();
    }

    @Test
    void keepsEvidenceBytesAndTheFiledStep() {
        Appeal a = appeals.find(e1Appeal, Condition.all()).orElseThrow();
        assertThat(a.enterpriseName()).isEqualTo("重庆甲汽车有限公司");
        assertThat(a.currentValue().orElseThrow()).isEqualByComparingTo("240");
        assertThat(a.claimedValue()).isEqualByComparingTo("260");
        assertThat(a.status()).isEqualTo(AppealStatus.FILED);
        Evidence e = appeals.evidence(e1Appeal).get(0);
        assertThat(e.sizeBytes()).isEqualTo(PNG.length);
        assertThat(appeals.evidenceContent(e1Appeal, e.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(PNG));
        assertThat(appeals.evidenceContent(e1Appeal + 1, e.id())).isEmpty();
        assertThat(appeals.steps(e1Appeal)).singleElement().satisfies(s -> {
            assertThat(s.action()).isEqualTo(AppealStatus.FILED);
            assertThat(s.actor()).isEqualTo("e1user");
        });
    }

    @Test
    void stepsApplyOnlyFromTheExpectedStatus() {
        assertThat(appeals.advance(e1Appeal, AppealStatus.FORWARDED, AppealStatus.ACCEPTED, "admin", NOW, "x", Optional.empty())).isFalse();
        assertThat(appeals.advance(e1Appeal, AppealStatus.FILED, AppealStatus.FORWARDED, "yubei", NOW, "checked", Optional.empty())).isTrue();
        assertThat(appeals.advance(e1Appeal, AppealStatus.FILED, AppealStatus.REJECTED, "yubei", NOW, "again", Optional.empty())).isFalse();
        assertThat(appeals.advance(e1Appeal, AppealStatus.FORWARDED, AppealStatus.ACCEPTED, "admin", NOW, "ok", Optional.of(42L))).isTrue();
        Appeal a = appeals.find(e1Appeal, Condition.all()).orElseThrow();
        assertThat(a.status()).isEqualTo(AppealStatus.ACCEPTED);
        assertThat(a.correctionBatch()).contains(42L);
        assertThat(appeals.steps(e1Appeal)).extracting(AppealStep::action)
                .containsExactly(AppealStatus.FILED, AppealStatus.FORWARDED, AppealStatus.ACCEPTED);
    }

    @Test
    void sourcedFactsNameTheBatchSourceWithinTheScope() {
        List<SourcedFact> facts = appeals.sourcedFacts(E1.value(), Condition.all());
        assertThat(facts).extracting(SourcedFact::year).startsWith(2023);
        assertThat(facts).allSatisfy(f -> assertThat(f.source()).isEqualTo("demo"));
        assertThat(facts).filteredOn(f -> f.year() == 2023 && f.field().equals("tax")).singleElement()
                .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("240"));
        assertThat(appeals.sourcedFacts(E1.value(), Condition.eq(Column.CREDIT_CODE, E3.value()))).isEmpty();
    }
}
