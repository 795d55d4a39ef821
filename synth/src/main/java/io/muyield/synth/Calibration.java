package io.muyield.synth;

/**
 * The scale factors a pilot pass over the city fixes so that the calibration year's 规上 manufacturing aggregates
 * meet {@link CityProfile}'s targets (Σ numerator ÷ Σ land, never averaged ratios). Each multiplies every
 * enterprise alike, so the city keeps its shape and only its level moves.
 *
 * @param output     multiplies gross output (and with it value added and tax); held within 0.85–1.15 so that output
 *                   stays close to revenue, hence exact only for cities of a few thousand 规上 firms or more
 * @param valueAdded multiplies the value-added rate
 * @param tax        multiplies the tax rate
 * @param land       multiplies land use
 * @param aboveScaleManufacturing 规上 manufacturing enterprises with land in the calibration year
 */
public record Calibration(double output, double valueAdded, double tax, double land, int aboveScaleManufacturing) {

    static final Calibration IDENTITY = new Calibration(1, 1, 1, 1, 0);

    /** Sums of the uncalibrated figures over 规上 manufacturing firms with land in the calibration year. */
    record PilotSums(double output, double valueAdded, double tax, double landMu, int firms) {

        PilotSums plus(PilotSums o) {
            return new PilotSums(output + o.output, valueAdded + o.valueAdded, tax + o.tax, landMu + o.landMu, firms + o.firms);
        }

        static final PilotSums ZERO = new PilotSums(0, 0, 0, 0, 0);
    }

    static Calibration from(PilotSums s, CityProfile p) {
        if (s.firms() == 0 || s.landMu() <= 0) {
            return new Calibration(1, 1, 1, 1, 0);
        }
        double o = Math.max(0.85, Math.min(1.15, s.firms() * p.outputPerAboveScaleFirm() / s.output()));
        double land = o * s.output() / (p.outputPerMu() * s.landMu());
        double va = p.valueAddedPerMu() / p.outputPerMu() * s.output() / s.valueAdded();
        double tax = p.taxPerMu() / p.outputPerMu() * s.output() / s.tax();
        return new Calibration(o, va, tax, land, s.firms());
    }
}
