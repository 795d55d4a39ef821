package io.muyield.synth;

/**
 * One enterprise's figures for one year, as the departments report them: money in 千元 (statistics) or 0.01 万元
 * (tax), energy in 0.01 tce, electricity in kWh, water in t, emissions in 0.001 t, land in 0.01 m². The truth is
 * derived from exactly these numbers. Mutable and reused.
 */
final class YearFigures {

    /** GB/T 2589-2020: 0.1229 kgce per kWh (equivalent calorific value). */
    static final double TCE_PER_KWH = 0.0001229;
    static final long STREAM_YEAR = 3;
    static final long STREAM_WALK = 4;
    private static final double[] WALK_SIGMA = {0.15, 0.10, 0.06};

    int year;
    boolean active;
    boolean aboveScale;
    /** Whether the statistics bureau reports the firm (industrial firms only). */
    boolean inStatistics;
    long revenue;
    long output;
    long valueAdded;
    long rd;
    long employees;
    long energy;
    long water;
    /** Tax components and total, 0.01 万元; total = vat + income + other + refund (refund ≤ 0). */
    long vat;
    long incomeTax;
    long otherTax;
    long refund;
    long taxTotal;
    final long[] accountKwh = new long[Firm.MAX_ACCOUNTS];
    long electricity;
    long cod;
    long ammonia;
    long so2;
    long nox;
    int violations;
    long landOwned;
    long landLeased;
    boolean hasLandOwned;
    boolean hasLandLeased;

    /** The city's nominal industrial growth index, 2023 = 1 (about +6 % a year, 2020 dip). */
    static double growth(int year) {
        return switch (year) {
            case 2019 -> 0.82;
            case 2020 -> 0.84;
            case 2021 -> 0.93;
            case 2022 -> 0.96;
            case 2023 -> 1.0;
            case 2024 -> 1.055;
            default -> year < 2019 ? 0.82 * Math.pow(1.06, year - 2019) : 1.055 * Math.pow(1.06, year - 2024);
        };
    }

    void compute(Block block, int slot, int year, FirmFactory factory, Draws d) {
        Firm f = block.firms[slot];
        long seed = factory.spec.seed();
        Calibration c = factory.calibration;
        this.year = year;
        active = f.activeIn(year);
        if (!active) {
            return;
        }
        double revenueWan = f.revenueAnchor * growth(year) * walk(f, year, seed, d) * ramp(year - f.foundedYear)
                * (f.exitYear != 0 && year == f.exitYear - 1 ? 0.7 : 1);
        d.at(seed, STREAM_YEAR, f.index, year);
        double outputWan = revenueWan * f.outputRatio * c.output() * d.lognormalMeanOne(0.02);
        double vaWan = Math.min(0.9 * outputWan, outputWan * f.valueAddedRate * c.valueAdded() * d.lognormalMeanOne(0.05));
        revenue = Math.round(revenueWan * 10);
        output = Math.round(outputWan * 10);
        valueAdded = Math.min(Math.round(vaWan * 10), output * 9 / 10);
        rd = f.rdIntensity > 0 ? Math.round(revenueWan * f.rdIntensity * d.lognormalMeanOne(0.1) * 10) : 0;
        inStatistics = f.industrial();
        aboveScale = inStatistics && revenue >= Math.round(factory.spec.profile().aboveScaleRevenueLine() * 10);
        double g = growth(year);
        employees = Math.max(1, Math.round(vaWan / (f.labourProductivity * g) * d.lognormalMeanOne(0.05)));
        double efficiency = 1 + 0.03 * (year - 2023);
        double energyTce = vaWan / (f.energyProductivity * efficiency);
        energy = Math.round(energyTce * 100);
        water = Math.round(outputWan * f.waterPerOutput);
        electricity(f, energyTce, d);
        tax(f, outputWan * f.taxRate * c.tax() * d.lognormalMeanOne(0.1));
        emissions(f, vaWan / (f.emissionProductivity * (1 + 0.04 * (year - 2023))), d);
        land(block, slot, year);
    }

    private static double walk(Firm f, int year, long seed, Draws d) {
        double sigma = WALK_SIGMA[f.band];
        double log = 0;
        for (int y = 2024; y <= year; y++) {
            log += sigma * d.at(seed, STREAM_WALK, f.index, y).normal();
        }
        for (int y = year + 1; y <= 2023; y++) {
            log -= sigma * d.at(seed, STREAM_WALK, f.index, y).normal();
        }
        return Math.exp(log);
    }

    private static double ramp(int age) {
        return age <= 0 ? 0.45 : age == 1 ? 0.8 : 1;
    }

    /** Σ accounts, each with a little noise, never more than the energy it is part of (kWh × 0.1229 kgce ≤ energy). */
    private void electricity(Firm f, double energyTce, Draws d) {
        electricity = 0;
        double kwh = energyTce * f.electricityShare / TCE_PER_KWH;
        for (int a = 0; a < f.accountCount; a++) {
            accountKwh[a] = Math.round(kwh * f.accountShare[a] * d.lognormalMeanOne(0.03));
            electricity += accountKwh[a];
        }
        long limit = (long) Math.floor(energyTce * 0.995 / TCE_PER_KWH);
        if (electricity > limit) {
            double shrink = limit / (double) electricity;
            electricity = 0;
            for (int a = 0; a < f.accountCount; a++) {
                accountKwh[a] = (long) Math.floor(accountKwh[a] * shrink);
                electricity += accountKwh[a];
            }
        }
    }

    private void tax(Firm f, double taxWan) {
        taxTotal = Math.max(0, Math.round(taxWan * 100));
        refund = -Math.round(taxTotal * f.refundShare);
        long gross = taxTotal - refund;
        vat = Math.round(gross * 0.55);
        incomeTax = Math.round(gross * 0.28);
        otherTax = gross - vat - incomeTax;
    }

    private void emissions(Firm f, double tonnes, Draws d) {
        violations = 0;
        if (!f.polluter) {
            cod = ammonia = so2 = nox = 0;
            return;
        }
        double[] split = switch (f.division.emissionType()) {
            case 'W' -> WATER_BORNE;
            case 'A' -> AIR_BORNE;
            default -> MIXED;
        };
        cod = Math.round(tonnes * split[0] * d.lognormalMeanOne(0.2) * 1000);
        ammonia = Math.round(tonnes * split[1] * d.lognormalMeanOne(0.2) * 1000);
        so2 = Math.round(tonnes * split[2] * d.lognormalMeanOne(0.2) * 1000);
        nox = Math.round(tonnes * split[3] * d.lognormalMeanOne(0.2) * 1000);
        double v = d.uniform();
        violations = v < 0.008 ? 2 : v < 0.04 ? 1 : 0;
    }

    private static final double[] WATER_BORNE = {0.55, 0.06, 0.15, 0.24};
    private static final double[] AIR_BORNE = {0.05, 0.005, 0.40, 0.545};
    private static final double[] MIXED = {0.25, 0.03, 0.30, 0.42};

    private void land(Block block, int slot, int year) {
        Firm f = block.firms[slot];
        hasLandOwned = !f.tenant;
        hasLandLeased = f.tenant;
        landOwned = f.tenant ? 0 : f.parcelTotal() - block.leasedOut(slot, year);
        landLeased = f.tenant ? f.leaseArea : 0;
    }

    /** Land used, 亩 (owned + leased); 1 m² = 0.0015 亩. */
    double landUsedMu() {
        return (landOwned + landLeased) * 0.000015;
    }
}
