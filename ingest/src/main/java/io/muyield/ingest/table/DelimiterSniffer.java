package io.muyield.ingest.table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the delimiter among comma, tab, semicolon and vertical bar: the one that splits the most of the first lines
 * into the same number of fields (quotes respected). Title rows above the header have no delimiter and do not vote.
 */
public final class DelimiterSniffer {

    public static final char[] CANDIDATES = {',', '\t', ';', '|'};
    private static final int MAX_LINES = 30;

    private DelimiterSniffer() {
    }

    public static char sniff(CharSequence sample) {
        List<String> lines = firstLines(sample);
        char best = ',';
        int bestScore = 0;
        int bestMode = 0;
        for (char d : CANDIDATES) {
            Map<Integer, Integer> frequency = new HashMap<>();
            for (String line : lines) {
                int n = countOutsideQuotes(line, d);
                if (n > 0) {
                    frequency.merge(n, 1, Integer::sum);
                }
            }
            int mode = 0;
            int score = 0;
            for (Map.Entry<Integer, Integer> e : frequency.entrySet()) {
                if (e.getValue() > score || (e.getValue() == score && e.getKey() > mode)) {
                    score = e.getValue();
                    mode = e.getKey();
                }
            }
            if (score > bestScore || (score == bestScore && score > 0 && mode > bestMode)) {
                best = d;
                bestScore = score;
                bestMode = mode;
            }
        }
        return best;
    }

    private static List<String> firstLines(CharSequence sample) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < sample.length() && lines.size() < MAX_LINES; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && (c == '\n' || c == '\r')) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
        if (!line.isEmpty() && lines.size() < MAX_LINES && lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int countOutsideQuotes(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }
}
