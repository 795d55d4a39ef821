package io.muyield.store.evaluation;

/** Where a stored run stands in its notice period (公示): only forward moves, one step or more at a time. */
public enum PublicationState {
    /** Not shown to enterprises. */
    DRAFT,
    /** 公示中: shown to enterprises, appeals open until the notice end date. */
    PUBLISHED,
    /** Shown, appeals closed. */
    CLOSED,
    /** 定稿: final. */
    FINAL;

    /** Whether enterprise users may see the run. */
    public boolean visibleToEnterprises() {
        return this != DRAFT;
    }
}
