package io.muyield.core.evaluation.scheme;

/** FORCE: the class becomes the named one (D). DOWN_ONE: one class worse. CAP: no better than the named class ("cannot be A"). */
public enum VetoEffect {
    FORCE, DOWN_ONE, CAP
}
