package io.muyield.core.evaluation.run;

import java.util.List;

/**
 * Where a unit stands in its classification group: its position among the units that get a class (1 = best), the
 * group's size, the last position of each class (quota) and the score of the last unit of each class (the boundary a
 * unit must reach to enter it; NaN when the class is empty).
 */
public record ClassStanding(String groupDescription, int position, int groupSize, List<Integer> classEnds, List<Double> boundaryScores) {
}
