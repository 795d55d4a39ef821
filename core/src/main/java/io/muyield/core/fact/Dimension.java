package io.muyield.core.fact;

/** What a quantity measures; each dimension has one canonical unit in which fused facts are kept. */
public enum Dimension {
    MONEY, AREA, ENERGY, ELECTRICITY, MASS, HEADCOUNT
}
