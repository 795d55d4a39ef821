package io.muyield.core.evaluation.run;

/** One named step of the pipeline: reads earlier columns, writes new ones, and logs its parameters and counts. */
interface Step {

    Stage stage();

    void apply(RunState state);
}
