package io.muyield.core.evaluation.scheme;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * A node of the composed YAML document with its line, reading values and recording problems in words instead of
 * throwing: the loader reports every problem of a document at once.
 */
final class SchemeNode {

    private final Node node;
    private final String path;
    private final List<SchemeProblem> problems;
    private final String file;

    SchemeNode(Node node, String path, String file, List<SchemeProblem> problems) {
        this.node = node;
        this.path = path;
        this.file = file;
        this.problems = problems;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    String path() {
        return path;
    }

    void problem(String message) {
        problems.add(new SchemeProblem(file, line(), message));
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    /** The keys of a mapping in document order; a problem (and an empty map) when this is not a mapping. */
    Map<String, SchemeNode> entries() {
        Map<String, SchemeNode> out = new LinkedHashMap<>();
        if (!(node instanceof MappingNode m)) {
            problem(path + " must be a mapping (key: value lines)");
            return out;
        }
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            SchemeNode child = new SchemeNode(t.getValueNode(), key, file, problems);
            if (out.put(key, child) != null) {
                problems.add(new SchemeProblem(file, t.getKeyNode().getStartMark().getLine() + 1, "'" + key + "' appears twice in " + path));
            }
        }
        return out;
    }

    /** Records a problem for each key not in {@code allowed}. */
    void allowOnly(Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            return;
        }
        for (NodeTuple t : m.getValue()) {
            String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (!allowed.contains(key)) {
                problems.add(new SchemeProblem(file, t.getKeyNode().getStartMark().getLine() + 1,
                        "unknown key '" + key + "' in " + path + " (expected one of " + String.join(", ", new TreeSet<>(allowed)) + ")"));
            }
        }
    }

    Optional<SchemeNode> get(String key) {
        if (!(node instanceof MappingNode m)) {
            return Optional.empty();
        }
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return Optional.of(new SchemeNode(t.getValueNode(), key, file, problems));
            }
        }
        return Optional.empty();
    }

    /** The child, or a problem naming the missing key. */
    Optional<SchemeNode> require(String key) {
        Optional<SchemeNode> child = get(key);
        if (child.isEmpty()) {
            problem(path + " needs '" + key + "'");
        }
        return child;
    }

    List<SchemeNode> items() {
        List<SchemeNode> out = new ArrayList<>();
        if (!(node instanceof SequenceNode s)) {
            problem(path + " must be a list (lines starting with '- ')");
            return out;
        }
        for (Node n : s.getValue()) {
            out.add(new SchemeNode(n, path + " item", file, problems));
        }
        return out;
    }

    /** The scalar text; a problem and empty text when this is a mapping or list. */
    String text() {
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        problem(path + " must be a single value");
        return "";
    }

    OptionalDouble number() {
        String t = text().strip().replace("_", "");
        if (t.isEmpty() && !isScalar()) {
            return OptionalDouble.empty();
        }
        try {
            double v = Double.parseDouble(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return OptionalDouble.of(v);
        } catch (NumberFormatException e) {
            problem(path + " must be a number, was \"" + text() + "\"");
            return OptionalDouble.empty();
        }
    }

    boolean flag() {
        String t = text().strip();
        if (t.equals("true") || t.equals("yes")) {
            return true;
        }
        if (!t.equals("false") && !t.equals("no")) {
            problem(path + " must be true or false, was \"" + t + "\"");
        }
        return false;
    }

    /** One of the allowed words; a problem naming them otherwise. */
    Optional<String> word(Set<String> allowed) {
        String t = text().strip();
        if (allowed.contains(t)) {
            return Optional.of(t);
        }
        problem(path + " must be one of " + String.join(", ", new TreeSet<>(allowed)) + ", was \"" + t + "\"");
        return Optional.empty();
    }

    String textOr(String key, String fallback) {
        return get(key).map(SchemeNode::text).orElse(fallback);
    }

    double numberOr(String key, double fallback) {
        Optional<SchemeNode> n = get(key);
        return n.isEmpty() ? fallback : n.get().number().orElse(fallback);
    }
}
