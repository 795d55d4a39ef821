package io.muyield.synth;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate. Same spec → same enterprises and byte-identical files.
 *
 * @param enterprises number of enterprises ever registered in the window (entries and exits included)
 * @param firstYear   first reporting year (inclusive)
 * @param lastYear    last reporting year (inclusive)
 * @param seed        the seed everything derives from
 * @param faultRate   share of data rows given one injected fault (0 = clean files)
 * @param files       which department files to write (the truth oracle and parks.csv are always written)
 * @param profile     the city and its calibration targets
 */
public record GeneratorSpec(int enterprises, int firstYear, int lastYear, long seed, double faultRate,
                            Set<FileKind> files, CityProfile profile) {

    public GeneratorSpec {
        Objects.requireNonNull(files, "files");
        Objects.requireNonNull(profile, "profile");
        if (enterprises < 1 || enterprises > 50_000_000) {
            throw new IllegalArgumentException("enterprises must lie in 1..50,000,000, was " + enterprises);
        }
        if (firstYear < 1990 || lastYear > 2100 || firstYear > lastYear) {
            throw new IllegalArgumentException("years must run forward within 1990..2100: " + firstYear + "-" + lastYear);
        }
        if (!(faultRate >= 0 && faultRate <= 1)) {
            throw new IllegalArgumentException("fault rate must lie in [0, 1], was " + faultRate);
        }
        files = files.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(files));
    }

    /** The default Chongqing city: about 7,200 规上 manufacturing enterprises, years 2019–2024, seed 1, clean, all files. */
    public static GeneratorSpec defaults() {
        CityProfile p = CityProfile.chongqing2023();
        return new GeneratorSpec(p.defaultEnterprises(), 2019, 2024, 1L, 0.0, EnumSet.allOf(FileKind.class), p);
    }

    public GeneratorSpec withEnterprises(int n) {
        return new GeneratorSpec(n, firstYear, lastYear, seed, faultRate, files, profile);
    }

    public GeneratorSpec withYears(int first, int last) {
        return new GeneratorSpec(enterprises, first, last, seed, faultRate, files, profile);
    }

    public GeneratorSpec withSeed(long s) {
        return new GeneratorSpec(enterprises, firstYear, lastYear, s, faultRate, files, profile);
    }

    public GeneratorSpec withFaultRate(double rate) {
        return new GeneratorSpec(enterprises, firstYear, lastYear, seed, rate, files, profile);
    }

    public GeneratorSpec withFiles(Set<FileKind> kinds) {
        return new GeneratorSpec(enterprises, firstYear, lastYear, seed, faultRate, kinds, profile);
    }

    public GeneratorSpec withProfile(CityProfile p) {
        return new GeneratorSpec(enterprises, firstYear, lastYear, seed, faultRate, files, p);
    }

    public boolean writes(FileKind kind) {
        return files.contains(kind);
    }

    public int yearCount() {
        return lastYear - firstYear + 1;
    }
}
