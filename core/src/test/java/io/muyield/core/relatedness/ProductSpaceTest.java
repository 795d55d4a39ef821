package io.muyield.core.relatedness;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Three regions × three industries, by hand. X = r0 [10 0 0], r1 [0 10 10], r2 [5 5 0]; totals: regions 10, 20, 10;
 * industries 15, 15, 10; all 40.
 * RCA: r0 i0 = (10/10)/(15/40) = 8/3; r1 i1 = (10/20)/(15/40) = 4/3, r1 i2 = (10/20)/(10/40) = 2; r2 i0 = r2 i1 = 4/3.
 * M = r0 [1 0 0], r1 [0 1 1], r2 [1 1 0]; ubiquity 2, 2, 1.
 * φ01 = 1/max(2,2) = 0.5 (r2); φ02 = 0; φ12 = 1/max(2,1) = 0.5 (r1).
 * d[r0][1] = (φ01·1 + φ21·0)/(φ01 + φ21) = 0.5; d[r0][2] = (0·1 + 0.5·0)/0.5 = 0; d[r1][0] = (0.5·1 + 0·1)/0.5 = 1;
 * d[r2][2] = (0·1 + 0.5·1)/0.5 = 1.
 */
class ProductSpaceTest {

    private final ProductSpace space = new ProductSpace(List.of("r0", "r1", "r2"), List.of("i0", "i1", "i2"),
            new double[][]{{10, 0, 0}, {0, 10, 10}, {5, 5, 0}});

    @Test
    void revealedComparativeAdvantage() {
        assertThat(space.rca(0, 0)).isCloseTo(8.0 / 3, within(1e-12));
        assertThat(space.rca(1, 2)).isCloseTo(2.0, within(1e-12));
        assertThat(space.rca(2, 1)).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(space.present(0, 0)).isTrue();
        assertThat(space.present(0, 1)).isFalse();
        assertThat(space.present(1, 0)).isFalse();
    }

    @Test
    void proximityIsTheSmallerConditionalProbability() {
        assertThat(space.proximity(0, 1)).isEqualTo(0.5);
        assertThat(space.proximity(1, 0)).isEqualTo(0.5);
        assertThat(space.proximity(0, 2)).isZero();
        assertThat(space.proximity(1, 2)).isEqualTo(0.5);
        assertThat(space.proximity(2, 2)).isEqualTo(1.0);
    }

    @Test
    void densityOfRelatedCapability() {
        assertThat(space.density(0, 1)).isEqualTo(0.5);
        assertThat(space.density(0, 2)).isZero();
        assertThat(space.density(1, 0)).isEqualTo(1.0);
        assertThat(space.density(2, 2)).isEqualTo(1.0);
        assertThat(space.density(0, List.of(1, 2))).isEqualTo(0.25);
        assertThat(space.density(0, List.of())).isZero();
    }

    @Test
    void existingStrengthIsTheMembersTheRegionHasWithTheirRca() {
        assertThat(space.existing(1, List.of(1, 2), 5)).containsExactly(new ProductSpace.Strength("i2", 2.0),
                new ProductSpace.Strength("i1", 4.0 / 3));
        assertThat(space.existing(0, List.of(1), 5)).isEmpty();                 // r0 lacks i1
        assertThat(space.existing(1, List.of(1, 2), 1)).extracting(ProductSpace.Strength::industry).containsExactly("i2");
    }

    @Test
    void relatedIndustriesAreTheOthersTheRegionHasCloseToTheMembers() {
        assertThat(space.related(0, List.of(1), 5)).containsExactly(new ProductSpace.Link("i0", "i1", 0.5, 8.0 / 3));
        assertThat(space.related(0, List.of(2), 5)).isEmpty();                  // φ(i0, i2) = 0
        // r1 has i1 and i2: for the set {i2}, i2 is an existing strength, never a related industry; i1 is related (φ 0.5)
        assertThat(space.related(1, List.of(2), 5)).containsExactly(new ProductSpace.Link("i1", "i2", 0.5, 4.0 / 3));
        assertThat(space.existing(1, List.of(2), 5)).containsExactly(new ProductSpace.Strength("i2", 2.0));
        assertThat(space.related(1, List.of(1, 2), 5)).isEmpty();               // both it has are members
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> new ProductSpace(List.of("r"), List.of("i"), new double[][]{{-1}})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProductSpace(List.of("r"), List.of("i", "j"), new double[][]{{1}})).isInstanceOf(IllegalArgumentException.class);
        ProductSpace empty = new ProductSpace(List.of("r"), List.of("i"), new double[][]{{0}});
        assertThat(empty.present(0, 0)).isFalse();
        assertThat(empty.density(0, 0)).isZero();
    }
}
