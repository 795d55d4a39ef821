package io.muyield.synth;

import io.muyield.core.region.Park;

import io.muyield.core.enterprise.CreditCode;
import io.muyield.core.enterprise.Enterprise;
import io.muyield.core.fact.YearlyFacts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The synthetic Chongqing city: enterprises, their yearly facts and the department files that report them.
 * Every enterprise derives from (seed, index) alone, so the city is streamed, never held, and any part of it can be
 * made in parallel; the same spec always gives the same enterprises and byte-identical files.
 * <p>
 * Construction runs a pilot pass over the city (no files) to fix the {@link Calibration}.
 */
public final class CityGenerator {

    private static final int PILOT_CHUNK_BLOCKS = 4096;

    private final GeneratorSpec spec;
    private final IndustryTable industries = new IndustryTable();
    private final DistrictTable districts = new DistrictTable();
    private final ParkRoster parks = new ParkRoster(districts);
    private final FirmFactory factory;
    private final Calibration calibration;
    private final IdentityMaker identities;

    public CityGenerator(GeneratorSpec spec) {
        this.spec = spec;
        FirmFactory pilot = new FirmFactory(spec, industries, districts, parks, Calibration.IDENTITY);
        this.calibration = Calibration.from(pilotSums(pilot), spec.profile());
        this.factory = new FirmFactory(spec, industries, districts, parks, calibration);
        this.identities = new IdentityMaker(factory);
    }

    public GeneratorSpec spec() {
        return spec;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** The park roster (synthetic demo data), the same for every seed. */
    public List<Park> parks() {
        return parks.parks();
    }

    /** All enterprises in index order, each with its facts for the years of the spec. Sequential unless you ask. */
    public Stream<SyntheticEnterprise> enterprises() {
        return LongStream.range(0, Block.blockCount(spec.enterprises())).boxed().flatMap(b -> blockEnterprises(b).stream());
    }

    /** The enterprise at one index (its block is drawn to wire leases). */
    public SyntheticEnterprise enterprise(long index) {
        if (index < 0 || index >= spec.enterprises()) {
            throw new IllegalArgumentException("index outside the city: " + index);
        }
        return blockEnterprises(index / Block.SIZE).get((int) (index % Block.SIZE));
    }

    private List<SyntheticEnterprise> blockEnterprises(long b) {
        Block block = new Block(factory, identities).load(b).withIdentities();
        Draws d = new Draws();
        YearFigures y = new YearFigures();
        Truth t = new Truth();
        List<SyntheticEnterprise> out = new ArrayList<>(block.count);
        for (int s = 0; s < block.count; s++) {
            Firm f = block.firms[s];
            CreditCode code = new CreditCode(f.creditCode);
            List<YearlyFacts> facts = new ArrayList<>();
            for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
                if (f.activeIn(year)) {
                    y.compute(block, s, year, factory, d);
                    facts.add(t.of(f, y).toYearlyFacts(code, year, y.aboveScale));
                }
            }
            DistrictTable.Entry region = districts.entry(f.region);
            Enterprise e = new Enterprise(code, f.name, districts.entry(f.district).code(),
                    region.zone() ? Optional.of(region.code()) : Optional.empty(),
                    f.park >= 0 ? Optional.of(parks.park(f.park).code()) : Optional.empty(),
                    industries.subclass(f.subclass).code(), java.time.LocalDate.ofEpochDay(f.foundedDay),
                    Status.of(f, spec.lastYear()));
            out.add(new SyntheticEnterprise(f.index, e, f.address,
                    f.tenant ? Optional.of(new CreditCode(block.firms[f.landlord].creditCode)) : Optional.empty(),
                    f.polluter, f.exitYear != 0 ? OptionalInt.of(f.exitYear) : OptionalInt.empty(), facts));
        }
        return out;
    }

    private Calibration.PilotSums pilotSums(FirmFactory pilot) {
        long blocks = Block.blockCount(spec.enterprises());
        int chunks = (int) ((blocks + PILOT_CHUNK_BLOCKS - 1) / PILOT_CHUNK_BLOCKS);
        int year = spec.profile().calibrationYear();
        List<Calibration.PilotSums> parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
            Block block = new Block(pilot, null);
            Draws d = new Draws();
            YearFigures y = new YearFigures();
            double out = 0, va = 0, tax = 0, land = 0;
            int firms = 0;
            long end = Math.min(blocks, (c + 1L) * PILOT_CHUNK_BLOCKS);
            for (long b = (long) c * PILOT_CHUNK_BLOCKS; b < end; b++) {
                block.load(b);
                for (int s = 0; s < block.count; s++) {
                    Firm f = block.firms[s];
                    if (!f.division.manufacturing() || !f.activeIn(year)) {
                        continue;
                    }
                    y.compute(block, s, year, pilot, d);
                    double mu = y.landUsedMu();
                    if (y.aboveScale && mu > 0) {
                        out += y.output / 10.0;
                        va += y.valueAdded / 10.0;
                        tax += y.taxTotal / 100.0;
                        land += mu;
                        firms++;
                    }
                }
            }
            return new Calibration.PilotSums(out, va, tax, land, firms);
        }).toList();
        Calibration.PilotSums sum = Calibration.PilotSums.ZERO;
        for (Calibration.PilotSums p : parts) {
            sum = sum.plus(p);
        }
        return sum;
    }

    /**
     * Writes every department file of the spec for every year, parks.csv and the oracle under _truth/ into dir
     * (created if missing; existing files of the same names are replaced). Uses one thread per year, up to the
     * number of processors.
     */
    public WriteSummary writeFiles(Path dir) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(dir.resolve("_truth"));
            writeParks(dir);
            List<FaultLog.Entry> faults = writeYears(dir);
            TruthFiles.faults(dir.resolve("_truth"), faults);
            Files.writeString(dir.resolve("_truth/README.txt"), TruthReadme.text(spec, calibration), StandardCharsets.UTF_8);
            List<String> files = filesWritten();
            return new WriteSummary(dir, files, faults.size(), Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the generated files to " + dir, e);
        }
    }

    /** The files a run of this spec writes, relative to the output directory, sorted. */
    public List<String> filesWritten() {
        List<String> files = new ArrayList<>(List.of("parks.csv", "_truth/README.txt", "_truth/enterprises.csv", "_truth/faults.csv"));
        for (int year = spec.firstYear(); year <= spec.lastYear(); year++) {
            files.add("_truth/facts_" + year + ".csv");
            if (spec.writes(FileKind.STANDINGS)) {
                files.add("_truth/standings_" + year + ".csv");
            }
            for (FileKind kind : FileKind.values()) {
                if (spec.writes(kind)) {
                    files.addAll(YearFiles.names(kind, year));
                }
            }
        }
        return files.stream().sorted().toList();
    }

    private void writeParks(Path dir) throws IOException {
        try (CsvOut o = new CsvOut(Files.newOutputStream(dir.resolve("parks.csv")), StandardCharsets.UTF_8, ',', false, "\r\n")) {
            for (String h : Layouts.PARKS) {
                o.text(h);
            }
            o.endRow();
            for (Park p : parks.parks()) {
                o.text(p.code()).text(p.nameZh()).text(p.regionCode()).text(p.level().nameZh()).endRow();
            }
        }
    }

    private List<FaultLog.Entry> writeYears(Path dir) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), spec.yearCount()));
        OutputFiles.Identifiers ids = new OutputFiles.Identifiers(spec.seed(), spec.enterprises());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "synth-writer");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<FaultLog.Entry>>> parts = new ArrayList<>();
            for (int g = 0; g < threads; g++) {
                int group = g;
                parts.add(pool.submit(() -> writeGroup(dir, ids, group, threads)));
            }
            List<FaultLog.Entry> all = new ArrayList<>();
            for (Future<List<FaultLog.Entry>> f : parts) {
                all.addAll(f.get());
            }
            return all;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("writing failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's share: the years first + group, first + group + threads, …; group 0 also writes enterprises.csv. */
    private List<FaultLog.Entry> writeGroup(Path dir, OutputFiles.Identifiers ids, int group, int threads) throws IOException {
        List<YearFiles> years = new ArrayList<>();
        OutputFiles truth = new OutputFiles(dir, ids);
        try {
            for (int year = spec.firstYear() + group; year <= spec.lastYear(); year += threads) {
                years.add(new YearFiles(factory, new OutputFiles(dir, ids), year));
            }
            CsvOut enterprises = group == 0 ? truth.csv(truth.truthDir().resolve("enterprises.csv"), StandardCharsets.UTF_8, ',', false, "\n") : null;
            if (enterprises != null) {
                TruthFiles.enterpriseHeader(enterprises);
            }
            Block block = new Block(factory, identities);
            long blocks = Block.blockCount(spec.enterprises());
            for (long b = 0; b < blocks; b++) {
                block.load(b).withIdentities();
                for (YearFiles y : years) {
                    y.write(block);
                }
                if (enterprises != null) {
                    TruthFiles.enterpriseRows(enterprises, block, factory);
                }
            }
        } finally {
            for (YearFiles y : years) {
                y.close();
            }
            truth.closeAll();
        }
        List<FaultLog.Entry> faults = new ArrayList<>();
        years.forEach(y -> faults.addAll(y.faults.entries()));
        return faults;
    }
}
