package io.muyield.synth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The official lists (the four of 0537d3b and 单项冠军, 上市, 链主, 行政处罚) agree with _truth/standings_{year}.csv, and name only enterprises registered that year. */
class StandingListsTest {

    @Test
    void theListsAreWhatTheTruthSays(@TempDir Path dir) throws IOException {
        new CityGenerator(GeneratedCity.spec(6000, 2, 0).withYears(2022, 2023)).writeFiles(dir);
        int year = 2023;
        Map<String, String> tags = new TreeMap<>();
        lines(dir.resolve("high_tech_" + year + ".csv"), Charset.forName("GBK"), 2)
                .forEach(c -> tags.merge(c[2], "high_tech", (a, b) -> a + ";" + b));
        lines(dir.resolve("specialised_" + year + ".csv"), StandardCharsets.UTF_8, 1)
                .forEach(c -> tags.merge(c[1].replace("\uFEFF", ""), c[3].contains("小巨人") ? "little_giant" : "specialised", (a, b) -> a + ";" + b));
        lines(dir.resolve("champion_" + year + ".csv"), StandardCharsets.UTF_8, 1)
                .forEach(c -> tags.merge(c[1], "champion", (a, b) -> a + ";" + b));
        lines(dir.resolve("listed_" + year + ".csv"), StandardCharsets.UTF_8, 1)
                .forEach(c -> tags.merge(c[2], "listed", (a, b) -> a + ";" + b));
        lines(dir.resolve("chain_leaders_" + year + ".csv"), StandardCharsets.UTF_8, 1)
                .forEach(c -> tags.merge(c[2], "chain_leader", (a, b) -> a + ";" + b));
        Map<String, long[]> events = new TreeMap<>();
        lines(dir.resolve("safety_accidents_" + year + ".csv"), StandardCharsets.UTF_8, 1)
                .forEach(c -> events.computeIfAbsent(c[1], k -> new long[4])[c[4].equals("重大事故") ? 0 : 1]++);
        lines(dir.resolve("dishonesty_" + year + ".csv"), StandardCharsets.UTF_8, 1)
                .forEach(c -> events.computeIfAbsent(c[1], k -> new long[4])[2]++);
        List<String[]> penalties = lines(dir.resolve("admin_penalties_" + year + ".csv"), StandardCharsets.UTF_8, 1);
        penalties.forEach(c -> events.computeIfAbsent(c[1], k -> new long[4])[3]++);
        assertThat(penalties).extracting(c -> c[2]).as("a decision number once").doesNotHaveDuplicates();
        assertThat(penalties).allMatch(c -> c[3].startsWith(year + "-"));

        List<String[]> truth = lines(dir.resolve("_truth/standings_" + year + ".csv"), StandardCharsets.UTF_8, 1);
        assertThat(tags.values()).as("the city has every tag").contains("high_tech").anyMatch(t -> t.contains("little_giant"))
                .anyMatch(t -> t.contains("specialised")).anyMatch(t -> t.contains("champion")).anyMatch(t -> t.contains("listed"))
                .anyMatch(t -> t.contains("chain_leader"));
        assertThat(events.values()).as("someone with two penalties").anyMatch(e -> e[3] >= 2);
        assertThat(events).isNotEmpty();
        Map<String, String> truthTags = truth.stream().filter(c -> !c[1].isEmpty()).collect(Collectors.toMap(c -> c[0], c -> c[1]));
        assertThat(truthTags).isEqualTo(tags);
        Map<String, List<Long>> truthEvents = truth.stream().filter(c -> !(c[2] + c[3] + c[4] + c[5]).equals("0000"))
                .collect(Collectors.toMap(c -> c[0], c -> List.of(Long.parseLong(c[2]), Long.parseLong(c[3]), Long.parseLong(c[4]),
                        Long.parseLong(c[5]))));
        assertThat(truthEvents).isEqualTo(events.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3]))));

        Set<String> registered = lines(dir.resolve("registration_" + year + ".csv"), Charset.forName("GBK"), 1).stream()
                .map(c -> c[0]).collect(Collectors.toSet());
        assertThat(registered).containsAll(tags.keySet()).containsAll(events.keySet());
    }

    @Test
    void aTinyCityStillHasARowOnEveryList(@TempDir Path dir) throws IOException {
        new CityGenerator(GeneratedCity.spec(40, 1, 0).withYears(2023, 2023)).writeFiles(dir);
        for (String list : List.of("champion", "listed", "chain_leaders", "admin_penalties")) {
            assertThat(lines(dir.resolve(list + "_2023.csv"), StandardCharsets.UTF_8, 1)).as(list).isNotEmpty();
        }
    }

    /** The cells of each data row (no quoted commas in these files). */
    private static List<String[]> lines(Path file, Charset cs, int headerRows) throws IOException {
        return Files.readAllLines(file, cs).stream().skip(headerRows).filter(l -> !l.isBlank()).map(l -> l.split(",", -1)).toList();
    }
}
