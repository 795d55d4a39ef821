package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.ClassBand;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Quota cut-offs for a group of N classifiable units: class i ends at rank ⌊N × (share₁ + … + shareᵢ) ÷ 100⌋, computed
 * exactly in decimal; the last class ends at N. So A 20 % of 200 is ranks 1–40 and D 5 % is the last ⌈0.05·N⌉
 * (DOMAIN-NOTES §1.7 default: A = first ⌊0.20·N⌋, D = last ⌈0.05·N⌉).
 */
final class QuotaBoundaries {

    private QuotaBoundaries() {
    }

    static int[] of(List<ClassBand> bands, int n) {
        int[] ends = new int[bands.size()];
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal size = BigDecimal.valueOf(n);
        for (int i = 0; i < bands.size(); i++) {
            cumulative = cumulative.add(BigDecimal.valueOf(bands.get(i).sharePercent()));
            ends[i] = i == bands.size() - 1 ? n
                    : size.multiply(cumulative).divide(BigDecimal.valueOf(100), 0, RoundingMode.FLOOR).intValueExact();
        }
        return ends;
    }
}
