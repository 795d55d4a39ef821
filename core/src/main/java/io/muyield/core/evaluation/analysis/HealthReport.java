package io.muyield.core.evaluation.analysis;

import io.muyield.core.evaluation.run.Numbers;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A unit's way up one class: the score it must reach (a threshold, or for quota classes the current boundary score —
 * the lowest total now in the class above, in its group) and, fact by fact, the single change that would get it there.
 */
public record HealthReport(String unitId, String currentClass, String targetClass, double currentTotal, double targetScore,
                           String basis, List<FactChange> changes, List<String> notesZh, List<String> notesEn) {

    public HealthReport {
        changes = List.copyOf(changes);
        notesZh = List.copyOf(notesZh);
        notesEn = List.copyOf(notesEn);
    }

    public String renderZh() {
        String head = targetClass.isEmpty() ? "" : "当前 " + currentClass + " 类，总分 " + Numbers.fixed4(currentTotal) + "；升至 " + targetClass + " 类需总分达到 "
                + Numbers.fixed4(targetScore) + "（" + (basis.equals("threshold") ? "分数线" : "按当前分档边界分数") + "）。以下任一项单独调整即可：\n";
        return head + changes.stream().map(c -> "  " + c.describeZh()).collect(Collectors.joining("\n"))
                + (notesZh.isEmpty() ? "" : "\n" + String.join("\n", notesZh));
    }

    public String renderEn() {
        String head = targetClass.isEmpty() ? "" : "class " + currentClass + ", total " + Numbers.fixed4(currentTotal) + "; class " + targetClass + " needs a total of "
                + Numbers.fixed4(targetScore) + " (" + (basis.equals("threshold") ? "threshold" : "current quota boundary score") + "). Any one of:\n";
        return head + changes.stream().map(c -> "  " + c.describeEn()).collect(Collectors.joining("\n"))
                + (notesEn.isEmpty() ? "" : "\n" + String.join("\n", notesEn));
    }
}
