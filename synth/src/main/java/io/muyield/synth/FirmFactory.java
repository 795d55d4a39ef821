package io.muyield.synth;

import java.time.LocalDate;

/**
 * Draws the year-independent part of an enterprise from (seed, index) alone. Sizes are stratified: a keyed
 * permutation gives every index its own 1/N slice of the size distribution, so the city's totals barely move with
 * the seed. Immutable and thread-safe; the caller supplies the {@link Draws} and the {@link Firm} to fill.
 */
final class FirmFactory {

    static final long STREAM_FIRM = 1;
    /** Smallest enterprises, 万元 of revenue. */
    private static final double SMALLEST_REVENUE = 30;
    /** σ of the half-lognormal above the 规上 line: mean 规上 revenue ≈ 17.7 × the line. */
    private static final double TAIL_SIGMA = 2.1;
    private static final double LARGEST_REVENUE = 1.5e7;
    private static final double[] TENANT_SHARE = {0.12, 0.06, 0.02};
    private static final double[] PARK_SHARE = {0.6, 0.8, 0.9};
    private static final double[] RECENT_SHARE = {0.22, 0.08, 0.0};
    private static final double[] EXIT_SHARE = {0.12, 0.04, 0.0};
    private static final double[] RD_SHARE = {0.10, 0.5, 0.8};
    private static final double[] POLLUTER_FACTOR = {0.5, 2, 3};
    private static final double SQUARE_METRES_PER_MU = 10000.0 / 15;

    final GeneratorSpec spec;
    final IndustryTable industries;
    final DistrictTable districts;
    final ParkRoster parks;
    final Calibration calibration;
    private final IndexPermutation sizeRank;
    private final double[][][] divisionCumulative;
    private final double aboveScaleShare;
    private final double line;
    private final long windowEndDay;

    FirmFactory(GeneratorSpec spec, IndustryTable industries, DistrictTable districts, ParkRoster parks, Calibration calibration) {
        this.spec = spec;
        this.industries = industries;
        this.districts = districts;
        this.parks = parks;
        this.calibration = calibration;
        this.sizeRank = new IndexPermutation(spec.seed() ^ 0x53495A45L, spec.enterprises());
        this.aboveScaleShare = spec.profile().aboveScaleShare();
        this.line = spec.profile().aboveScaleRevenueLine();
        this.windowEndDay = LocalDate.of(spec.lastYear(), 12, 31).toEpochDay();
        divisionCumulative = new double[3][districts.size()][];
        for (int band = 0; band < 3; band++) {
            for (int r = 0; r < districts.size(); r++) {
                divisionCumulative[band][r] = industries.divisionCumulative(band, districts.entry(r).favoured());
            }
        }
    }

    /** Fills the firm's own draw (tenancy wiring is the block's job). */
    void fill(Firm f, long index, Draws d) {
        d.at(spec.seed(), STREAM_FIRM, index, 0);
        f.index = index;
        f.landlord = -1;
        f.creditCode = null;
        f.name = null;
        f.address = null;
        double u = (sizeRank.apply(index) + d.uniform()) / spec.enterprises();
        size(f, u);
        f.tenant = index % Block.SIZE != 0 && d.chance(TENANT_SHARE[f.band]);
        f.region = districts.draw(f.band, d);
        f.district = districts.hostDistrict(f.region, d);
        int division = d.pick(divisionCumulative[f.band][f.region]);
        f.subclass = industries.drawSubclass(division, d);
        f.division = industries.division(division);
        lifecycle(f, d);
        rates(f, d);
        f.park = d.chance(PARK_SHARE[f.band] * (f.industrial() ? 1 : 0.5)) ? parks.draw(f.region, d) : -1;
        f.parcelCount = switch (f.band) {
            case 0 -> d.chance(0.8) ? 1 : 2;
            case 1 -> 1 + d.below(3);
            default -> 2 + d.below(3);
        };
        f.accountCount = switch (f.band) {
            case 0 -> d.chance(0.85) ? 1 : 2;
            case 1 -> d.chance(0.6) ? 1 : 2 + d.below(2);
            default -> 2 + d.below(2);
        };
        double total = 0;
        for (int i = 0; i < f.accountCount; i++) {
            f.accountShare[i] = 0.3 + d.uniform();
            total += f.accountShare[i];
        }
        for (int i = 0; i < f.accountCount; i++) {
            f.accountShare[i] /= total;
        }
        f.roadNumber = 1 + d.below(399);
        f.leaseArea = 0;
    }

    private void size(Firm f, double u) {
        double below = 1 - aboveScaleShare;
        if (u < below) {
            f.band = 0;
            f.revenueAnchor = SMALLEST_REVENUE * Math.pow(line / SMALLEST_REVENUE, Math.pow(u / below, 0.75));
        } else {
            double w = Math.min((u - below) / aboveScaleShare, 1 - 1e-9);
            f.band = w < 0.9 ? 1 : 2;
            double z = InverseNormal.of((1 + w) / 2);
            f.revenueAnchor = Math.min(LARGEST_REVENUE, line * Math.exp(TAIL_SIGMA * z));
        }
    }

    private void lifecycle(Firm f, Draws d) {
        int first = spec.firstYear();
        int last = spec.lastYear();
        int year;
        if (d.chance(RECENT_SHARE[f.band])) {
            year = first + d.below(last - first + 1);
        } else {
            int from = f.band == 2 ? 1985 : f.band == 1 ? 1990 : 1995;
            int to = Math.max(from, f.band == 2 ? Math.min(2015, first - 1) : first - 1);
            year = from + d.below(to - from + 1);
        }
        f.foundedDay = LocalDate.of(year, 1, 1).toEpochDay() + d.below(365);
        f.foundedYear = year;
        f.exitYear = 0;
        int earliestExit = Math.max(f.foundedYear + 1, first + 1);
        if (earliestExit <= last && d.chance(EXIT_SHARE[f.band])) {
            f.exitYear = earliestExit + d.below(last - earliestExit + 1);
        }
        f.revoked = d.chance(0.15);
    }

    private void rates(Firm f, Draws d) {
        Division div = f.division;
        f.outputRatio = d.lognormalMeanOne(0.04);
        f.valueAddedRate = Math.min(0.85, div.valueAddedRate() * d.lognormalMeanOne(0.18));
        f.taxRate = div.taxRate() * d.lognormalMeanOne(0.45) * (f.band == 0 ? 0.8 : 1);
        boolean exporter = div.code() == 39 || div.code() == 36 || div.code() == 38;
        f.refundShare = d.chance(exporter ? 0.35 : 0.12) ? d.between(0.05, 0.4) : 0;
        double sizeEffect = Math.pow(f.revenueAnchor / 20000, 0.2);
        double perMu = div.outputPerMu() * sizeEffect * d.lognormalMeanOne(0.4);
        f.landNeedMu = Math.max(0.3, f.revenueAnchor * f.outputRatio / perMu);
        f.labourProductivity = div.labourProductivity() * (f.band == 0 ? 0.6 : 1) * d.lognormalMeanOne(0.3)
                * Math.pow(f.revenueAnchor / 20000, 0.08);
        f.energyProductivity = div.energyProductivity() * d.lognormalMeanOne(0.35);
        f.electricityShare = Math.min(0.98, div.electricityShare() * d.lognormalMeanOne(0.15));
        f.waterPerOutput = div.waterPerOutput() * d.lognormalMeanOne(0.5);
        f.polluter = d.chance(Math.min(0.9, div.polluterShare() * POLLUTER_FACTOR[f.band]));
        f.emissionProductivity = div.emissionProductivity() * d.lognormalMeanOne(0.5);
        f.rdIntensity = d.chance(RD_SHARE[f.band]) ? Math.min(0.10, 0.015 * div.rdFactor() * d.lognormalMeanOne(0.7)) : 0;
    }

    /** Own land in 0.01 m², calibrated. */
    long landArea(Firm f) {
        return Math.round(calibration.land() * f.landNeedMu * SQUARE_METRES_PER_MU * 100);
    }

    /** Splits an owner's total into its parcels (0.01 m² each, summing exactly). */
    void splitParcels(Firm f, long total, Draws d) {
        d.at(spec.seed(), STREAM_FIRM, f.index, 1);
        double[] shares = f.parcelShare;
        double sum = 0;
        for (int i = 0; i < f.parcelCount; i++) {
            shares[i] = 0.4 + d.uniform();
            sum += shares[i];
        }
        long left = total;
        for (int i = 0; i < f.parcelCount - 1; i++) {
            f.parcels[i] = Math.round(total * shares[i] / sum);
            left -= f.parcels[i];
        }
        f.parcels[f.parcelCount - 1] = left;
    }

    long windowEndDay() {
        return windowEndDay;
    }
}
