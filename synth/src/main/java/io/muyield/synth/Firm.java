package io.muyield.synth;

/**
 * The year-independent draw of one synthetic enterprise, as plain mutable fields so that a block of them can be
 * refilled for every index without allocating. Filled by {@link FirmFactory}; money in 万元, land in 0.01 m².
 */
final class Firm {
    static final int MAX_PARCELS = 4;
    static final int MAX_ACCOUNTS = 3;

    long index;
    boolean tenant;
    /** Slot of the landlord within the block, or -1. */
    int landlord = -1;
    int band;
    /** Revenue in the calibration year for a firm of full age, 万元. */
    double revenueAnchor;

    /** Region drawn (district or zone) as a DistrictTable index; the zone's host district for registration. */
    int region;
    int district;
    int park = -1;
    int subclass;
    Division division;

    long foundedDay;
    int foundedYear;
    /** Year of 注销/吊销, or 0; the firm is active in the years before it. */
    int exitYear;
    boolean revoked;

    double outputRatio;
    double valueAddedRate;
    double taxRate;
    double refundShare;
    double labourProductivity;
    double energyProductivity;
    double electricityShare;
    double waterPerOutput;
    boolean polluter;
    double emissionProductivity;
    double rdIntensity;

    /** Land the firm itself uses, 亩, before calibration. */
    double landNeedMu;
    /** Owners: parcels (0.01 m²). Tenants: none. */
    int parcelCount;
    final long[] parcels = new long[MAX_PARCELS];
    final double[] parcelShare = new double[MAX_PARCELS];
    /** Tenants: leased area (0.01 m²). */
    long leaseArea;
    int accountCount;
    final double[] accountShare = new double[MAX_ACCOUNTS];
    int roadNumber;

    // identity, filled on demand
    String creditCode;
    String name;
    String address;

    boolean activeIn(int year) {
        return foundedYear <= year && (exitYear == 0 || year < exitYear);
    }

    /** Listed by market registration in the year: founded by then and not deregistered before it. */
    boolean registeredIn(int year) {
        return foundedYear <= year && (exitYear == 0 || year <= exitYear);
    }

    boolean industrial() {
        return division.industrial();
    }

    long parcelTotal() {
        long s = 0;
        for (int i = 0; i < parcelCount; i++) {
            s += parcels[i];
        }
        return s;
    }
}
