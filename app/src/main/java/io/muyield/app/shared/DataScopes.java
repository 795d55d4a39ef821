package io.muyield.app.shared;

import io.muyield.store.query.Condition;

/**
 * The signed-in user's data scope, as the store condition every read of enterprise data ANDs in. Features ask this
 * one place and pass the condition to the store; they never filter in the page or the controller.
 */
public interface DataScopes {

    /** The enterprises the current user may see (the neutral condition for city-wide roles, nothing when signed out). */
    Condition enterprises();
}
