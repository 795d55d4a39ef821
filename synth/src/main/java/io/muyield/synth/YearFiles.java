package io.muyield.synth;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * All files of one year: the department files the spec asks for and the truth facts. Rows are written in index
 * order by one thread, so the bytes depend only on the spec.
 */
final class YearFiles implements Closeable {

    static final Charset GBK = Charset.forName("GBK");
    private static final String CRLF = "\r\n";

    final int year;
    private final FirmFactory factory;
    private final OutputFiles out;
    private final YearFigures y = new YearFigures();
    private final Truth truth = new Truth();
    private final Draws d = new Draws();
    private final Table registration;
    private final Table tax;
    private final Table parcels;
    private final Table leases;
    private final Table power;
    private final Table environment;
    private final Table statsAbove;
    private final Table statsBelow;
    private final XlsxWriter statistics;
    private final XlsxWriter environmentBook;
    private final RowBuffer regRow = new RowBuffer(Layouts.REGISTRATION.columns());
    private final RowBuffer taxRow = new RowBuffer(Layouts.TAX.columns());
    private final RowBuffer statRow = new RowBuffer(Layouts.STATISTICS.columns());
    private final RowBuffer parcelRow = new RowBuffer(Layouts.PARCELS.columns());
    private final RowBuffer leaseRow = new RowBuffer(Layouts.LEASES.columns());
    private final RowBuffer powerRow = new RowBuffer(Layouts.POWER.columns());
    private final RowBuffer envRow = new RowBuffer(Layouts.ENVIRONMENT.columns());
    private final StandingLists standings;
    private final CsvOut facts;
    private final String yearText;
    final FaultLog faults = new FaultLog();

    YearFiles(FirmFactory factory, OutputFiles out, int year) throws IOException {
        this.factory = factory;
        this.out = out;
        this.year = year;
        this.yearText = Integer.toString(year);
        GeneratorSpec spec = factory.spec;
        registration = spec.writes(FileKind.REGISTRATION) ? csv("registration_" + year + ".csv", Layouts.REGISTRATION, GBK, ',', false, 1) : null;
        tax = spec.writes(FileKind.TAX) ? csv("tax_" + year + ".csv", Layouts.TAX, GBK, ',', false, 2) : null;
        parcels = spec.writes(FileKind.LAND) ? csv("land_parcels_" + year + ".csv", Layouts.PARCELS, StandardCharsets.UTF_8, ',', true, 3) : null;
        leases = spec.writes(FileKind.LAND) ? csv("land_leases_" + year + ".csv", Layouts.LEASES, StandardCharsets.UTF_8, ',', true, 4) : null;
        power = spec.writes(FileKind.POWER) ? csv("power_" + year + ".csv", Layouts.POWER, StandardCharsets.UTF_8, '\t', false, 5) : null;
        if (spec.writes(FileKind.STATISTICS)) {
            String name = "statistics_" + year + ".xlsx";
            statistics = new XlsxWriter(out.dir().resolve(name), year);
            String title = year + "年工业企业主要经济指标";
            statsAbove = new Table(name, Layouts.STATISTICS, statistics.sheet("规上工业", title, Layouts.STATISTICS.headers(), false), spec, key(6), faults);
            statsBelow = new Table(name, Layouts.STATISTICS, statistics.sheet("规下工业", title, Layouts.STATISTICS.headers(), true), spec, key(7), faults);
        } else {
            statistics = null;
            statsAbove = statsBelow = null;
        }
        if (spec.writes(FileKind.ENVIRONMENT)) {
            String name = "environment_" + year + ".xlsx";
            environmentBook = new XlsxWriter(out.dir().resolve(name), year);
            environment = new Table(name, Layouts.ENVIRONMENT, environmentBook.sheet("重点排污单位", null, Layouts.ENVIRONMENT.headers(), true), spec, key(8), faults);
        } else {
            environmentBook = null;
            environment = null;
        }
        standings = spec.writes(FileKind.STANDINGS) ? new StandingLists(out, spec.seed(), year) : null;
        facts = out.csv(out.truthDir().resolve("facts_" + year + ".csv"), StandardCharsets.UTF_8, ',', false, "\n");
        TruthFiles.factsHeader(facts);
    }

    /** The file names a department delivers for a year. */
    static List<String> names(FileKind kind, int year) {
        return switch (kind) {
            case REGISTRATION -> List.of("registration_" + year + ".csv");
            case TAX -> List.of("tax_" + year + ".csv");
            case STATISTICS -> List.of("statistics_" + year + ".xlsx");
            case LAND -> List.of("land_parcels_" + year + ".csv", "land_leases_" + year + ".csv");
            case POWER -> List.of("power_" + year + ".csv");
            case ENVIRONMENT -> List.of("environment_" + year + ".xlsx");
            case STANDINGS -> StandingLists.names(year);
        };
    }

    private long key(int file) {
        return file * 100_000L + year;
    }

    private Table csv(String name, TableLayout layout, Charset cs, char sep, boolean bom, int file) throws IOException {
        CsvOut o = out.csv(out.dir().resolve(name), cs, sep, bom, CRLF);
        return new Table(name, layout, new CsvRowSink(o, layout.headers()), factory.spec, key(file), faults);
    }

    void write(Block block) throws IOException {
        for (int s = 0; s < block.count; s++) {
            Firm f = block.firms[s];
            if (!f.registeredIn(year)) {
                continue;
            }
            if (registration != null) {
                registration(f);
            }
            if (!f.activeIn(year)) {
                continue;
            }
            y.compute(block, s, year, factory, d);
            if (tax != null) {
                taxRow(f);
            }
            if (statsAbove != null && y.inStatistics) {
                statistics(f);
            }
            if (parcels != null) {
                land(block, f);
            }
            if (power != null) {
                power(f);
            }
            if (environment != null && f.polluter) {
                environment(f);
            }
            if (standings != null) {
                standings.write(f);
            }
            TruthFiles.factsRow(facts, f, y, truth.of(f, y));
        }
    }

    private void registration(Firm f) throws IOException {
        RowBuffer r = regRow;
        DistrictTable.Entry region = factory.districts.entry(f.region);
        r.text(0, f.creditCode).text(1, f.name).text(2, factory.districts.entry(f.district).code());
        if (region.zone()) {
            r.text(3, region.name());
        } else {
            r.blank(3);
        }
        if (f.park >= 0) {
            r.text(4, factory.parks.park(f.park).code());
        } else {
            r.blank(4);
        }
        r.text(5, factory.industries.subclass(f.subclass).code().value());
        r.text(6, Dates.iso(f.foundedDay));
        String status = year == f.exitYear ? (f.revoked ? "吊销" : "注销") : (f.index % 7 == 3 ? "在业" : "存续");
        r.text(7, status).text(8, f.address);
        registration.write(r, f.index, 0);
    }

    private void taxRow(Firm f) throws IOException {
        taxRow.text(0, f.creditCode).text(1, f.name).text(2, yearText)
                .number(3, y.vat, 2).number(4, y.incomeTax, 2).number(5, y.otherTax, 2)
                .number(6, y.refund, 2).number(7, y.taxTotal, 2);
        tax.write(taxRow, f.index, 0);
    }

    private void statistics(Firm f) throws IOException {
        statRow.text(0, f.creditCode).text(1, f.name).text(2, factory.industries.subclass(f.subclass).code().value())
                .text(3, y.aboveScale ? "规上" : "规下")
                .number(4, y.output, 0).number(5, y.revenue, 0).number(6, y.valueAdded, 0).number(7, y.rd, 0)
                .number(8, y.employees, 0).number(9, y.energy, 2).number(10, y.water, 0);
        (y.aboveScale ? statsAbove : statsBelow).write(statRow, f.index, 0);
    }

    private void land(Block block, Firm f) throws IOException {
        if (f.tenant) {
            Firm l = block.firms[f.landlord];
            LocalDate start = LocalDate.ofEpochDay(f.foundedDay);
            LocalDate end = f.exitYear != 0 ? LocalDate.of(f.exitYear - 1, 12, 31)
                    : Dates.later(start.plusYears(20), LocalDate.of(factory.spec.lastYear(), 12, 31));
            leaseRow.text(0, l.creditCode).text(1, f.creditCode).text(2, f.name).number(3, f.leaseArea, 2)
                    .text(4, start.toString()).text(5, end.toString());
            leases.write(leaseRow, f.index, 0);
            return;
        }
        String district = factory.districts.entry(f.district).code();
        for (int k = 0; k < f.parcelCount; k++) {
            parcelRow.text(0, out.parcelId(district, f.index, k)).text(1, f.creditCode).text(2, f.name).text(3, f.address)
                    .text(4, (f.index + k) % 10 == 7 ? "仓储用地" : "工业用地").number(5, f.parcels[k], 2);
            parcels.write(parcelRow, f.index, k);
        }
    }

    private void power(Firm f) throws IOException {
        int firstMonth = f.foundedYear == year ? LocalDate.ofEpochDay(f.foundedDay).getMonthValue() : 1;
        for (int a = 0; a < f.accountCount; a++) {
            powerRow.text(0, out.accountId(f.index, a)).text(1, f.name).text(2, f.creditCode);
            Months.split(y.accountKwh[a], firstMonth, powerRow, 3);
            powerRow.number(15, y.accountKwh[a], 0);
            power.write(powerRow, f.index, a);
        }
    }

    private void environment(Firm f) throws IOException {
        envRow.text(0, f.creditCode).text(1, f.name).number(2, y.cod, 3).number(3, y.ammonia, 3).number(4, y.so2, 3)
                .number(5, y.nox, 3).number(6, y.violations, 0);
        environment.write(envRow, f.index, 0);
    }

    @Override
    public void close() throws IOException {
        if (standings != null) {
            standings.finish();
        }
        if (statistics != null) {
            statistics.close();
        }
        if (environmentBook != null) {
            environmentBook.close();
        }
        out.closeAll();
    }
}
