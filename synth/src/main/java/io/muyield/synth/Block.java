package io.muyield.synth;

import java.time.LocalDate;

/**
 * Eight consecutive enterprises, the unit of independence: the first is always a land owner, and a tenant leases
 * from the nearest owner before it in the same block, so a block can be drawn without looking at any other. The
 * tenant takes its landlord's district and park, and lives within its landlord's lifetime. Mutable and reused.
 */
final class Block {

    static final int SIZE = 8;

    final Firm[] firms = new Firm[SIZE];
    int count;
    private final FirmFactory factory;
    private final Draws draws = new Draws();
    private final IdentityMaker identities;

    Block(FirmFactory factory, IdentityMaker identities) {
        this.factory = factory;
        this.identities = identities;
        for (int i = 0; i < SIZE; i++) {
            firms[i] = new Firm();
        }
    }

    static long blockCount(long enterprises) {
        return (enterprises + SIZE - 1) / SIZE;
    }

    Block load(long block) {
        long start = block * SIZE;
        count = (int) Math.min(SIZE, factory.spec.enterprises() - start);
        for (int s = 0; s < count; s++) {
            factory.fill(firms[s], start + s, draws);
        }
        int owner = 0;
        for (int s = 0; s < count; s++) {
            Firm f = firms[s];
            if (!f.tenant) {
                owner = s;
                continue;
            }
            Firm l = firms[owner];
            f.landlord = owner;
            f.region = l.region;
            f.district = l.district;
            f.park = l.park;
            f.parcelCount = 0;
            f.leaseArea = factory.landArea(f);
            clipToLandlord(f, l);
        }
        for (int s = 0; s < count; s++) {
            Firm f = firms[s];
            if (f.tenant) {
                continue;
            }
            long total = factory.landArea(f);
            for (int t = s + 1; t < count && firms[t].tenant; t++) {
                total += firms[t].leaseArea;
            }
            factory.splitParcels(f, total, draws);
        }
        return this;
    }

    private void clipToLandlord(Firm f, Firm l) {
        if (f.foundedDay <= l.foundedDay) {
            f.foundedDay = Math.min(l.foundedDay + 30, factory.windowEndDay());
            f.foundedYear = LocalDate.ofEpochDay(f.foundedDay).getYear();
        }
        if (l.exitYear != 0 && (f.exitYear == 0 || f.exitYear > l.exitYear)) {
            f.exitYear = l.exitYear;
            f.revoked = l.revoked;
        }
    }

    /** Land leased out by the owner in slot s to tenants active in the year (0.01 m²). */
    long leasedOut(int s, int year) {
        long out = 0;
        for (int t = s + 1; t < count && firms[t].tenant; t++) {
            if (firms[t].activeIn(year)) {
                out += firms[t].leaseArea;
            }
        }
        return out;
    }

    /** Fills names, credit codes and addresses (needed only when writing). */
    Block withIdentities() {
        for (int s = 0; s < count; s++) {
            identities.fill(firms[s], draws);
        }
        return this;
    }
}
