package io.muyield.core.evaluation.analysis;

import io.muyield.core.evaluation.run.EvaluationResults;
import io.muyield.core.evaluation.run.Stage;

/** The outcome of a what-if: its (unsaved) results, the class transitions against the base, and where recomputing began. */
public record WhatIfResult(EvaluationResults results, TransitionMatrix transitions, Stage recomputedFrom) {
}
