package io.muyield.core.evaluation.run;

import io.muyield.core.evaluation.scheme.IndicatorRule;

/**
 * What the run learnt for one indicator rule of one category, per peer group: imputation values, winsorising bounds,
 * benchmark descriptions, fitted normalisers and mean scores. Lets one unit be re-scored alone and explained.
 */
final class RuleFit {

    final IndicatorRule rule;
    final int indicator;
    final int sign;
    PeerGroups imputeGroups;
    double[] imputeValue;
    PeerGroups outlierGroups;
    double[] lowerBound;
    double[] upperBound;
    String benchmarkNote = "";
    PeerGroups normaliserGroups;
    FittedNormaliser[] normalisers;
    PeerGroups scoreGroups;
    double[] meanScore;

    RuleFit(IndicatorRule rule, int indicator, int sign) {
        this.rule = rule;
        this.indicator = indicator;
        this.sign = sign;
    }

    RuleFit copy() {
        RuleFit f = new RuleFit(rule, indicator, sign);
        f.imputeGroups = imputeGroups;
        f.imputeValue = imputeValue;
        f.outlierGroups = outlierGroups;
        f.lowerBound = lowerBound;
        f.upperBound = upperBound;
        return f;
    }

    RuleFit withRule(IndicatorRule newRule) {
        RuleFit f = new RuleFit(newRule, indicator, sign);
        f.imputeGroups = imputeGroups;
        f.imputeValue = imputeValue;
        f.outlierGroups = outlierGroups;
        f.lowerBound = lowerBound;
        f.upperBound = upperBound;
        return f;
    }
}
