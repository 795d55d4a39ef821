package io.muyield.synth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Districts, counties and functional zones of the synthetic city (resource districts.csv), with the weights that
 * spread enterprises over them. A functional zone registers its firms in the districts it overlaps.
 */
final class DistrictTable {

    /** One region an enterprise can be drawn into. */
    record Entry(String code, String name, String shortName, double weightAll, double weightTop, int parkCount,
                 String[] hostCodes, double[] hostCumulative, int[] favoured) {

        boolean zone() {
            return hostCodes.length > 0;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Integer> byCode = new HashMap<>();
    private final double[] cumulativeAll;
    private final double[] cumulativeTop;

    DistrictTable() {
        for (String[] c : Resources.rows("districts.csv")) {
            String[] hosts = c[6].isEmpty() ? new String[0] : c[6].split(";");
            String[] hostCodes = new String[hosts.length];
            double[] hostWeights = new double[hosts.length];
            for (int i = 0; i < hosts.length; i++) {
                String[] kv = hosts[i].split(":");
                hostCodes[i] = kv[0];
                hostWeights[i] = Double.parseDouble(kv[1]);
            }
            int[] favoured = Arrays.stream(c[7].split(";")).mapToInt(Integer::parseInt).toArray();
            byCode.put(c[0], entries.size());
            entries.add(new Entry(c[0], c[1], c[2], Double.parseDouble(c[3]), Double.parseDouble(c[4]),
                    Integer.parseInt(c[5]), hostCodes, Resources.cumulative(hostWeights), favoured));
        }
        for (Entry e : entries) {
            for (String h : e.hostCodes()) {
                if (!byCode.containsKey(h) || entries.get(byCode.get(h)).zone()) {
                    throw new IllegalStateException("zone " + e.code() + " names an unknown host district " + h);
                }
            }
        }
        cumulativeAll = Resources.cumulative(entries.stream().mapToDouble(Entry::weightAll).toArray());
        cumulativeTop = Resources.cumulative(entries.stream().mapToDouble(Entry::weightTop).toArray());
    }

    /** Draws the region (district or zone) of a firm of the given size band. */
    int draw(int band, Draws d) {
        return d.pick(band == 2 ? cumulativeTop : cumulativeAll);
    }

    /** The administrative district a firm of this region registers in (the region itself unless it is a zone). */
    int hostDistrict(int region, Draws d) {
        Entry e = entries.get(region);
        return e.zone() ? byCode.get(e.hostCodes()[d.pick(e.hostCumulative())]) : region;
    }

    Entry entry(int index) {
        return entries.get(index);
    }

    int size() {
        return entries.size();
    }

    List<Entry> entries() {
        return List.copyOf(entries);
    }
}
