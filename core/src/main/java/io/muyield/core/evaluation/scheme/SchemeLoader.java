package io.muyield.core.evaluation.scheme;

import io.muyield.core.evaluation.expression.Expression;
import io.muyield.core.evaluation.expression.ExpressionParser;
import io.muyield.core.evaluation.expression.ExpressionSyntaxException;
import io.muyield.core.evaluation.input.EnterpriseColumns;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scheme from YAML text (docs/SCHEMES.md) through SnakeYAML's node API, so every problem names its line:
 * {@code scheme.yaml line 14: weight must be a number, was "abc"}. All problems of a document are reported together
 * in one {@link InvalidSchemeException}.
 */
public final class SchemeLoader {

    private static final Set<String> TOP_KEYS = Set.of("scheme", "version", "title", "title_en", "year", "source", "input",
            "assumptions", "defaults", "indicators", "exemptions", "categories", "adjustments", "classification");

    private final String file;
    private final List<SchemeProblem> problems = new ArrayList<>();

    private SchemeLoader(String file) {
        this.file = file;
    }

    public static Scheme load(String text) {
        return load(text, "scheme.yaml");
    }

    public static Scheme load(String text, String fileName) {
        return new SchemeLoader(fileName).read(text);
    }

    private Scheme read(String text) {
        Node rootNode;
        try {
            rootNode = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            throw new InvalidSchemeException(List.of(new SchemeProblem(file, line, "not valid YAML: " + e.getProblem())));
        }
        if (rootNode == null) {
            throw new InvalidSchemeException(List.of(new SchemeProblem(file, 1, "the document is empty")));
        }
        SchemeNode root = new SchemeNode(rootNode, "the scheme", file, problems);
        if (!root.isMapping()) {
            root.problem("the scheme must be a mapping with keys such as scheme, version, indicators, categories");
            throw new InvalidSchemeException(problems);
        }
        root.allowOnly(TOP_KEYS);
        Scheme scheme = assemble(root, text);
        if (!problems.isEmpty()) {
            throw new InvalidSchemeException(problems);
        }
        return scheme;
    }

    private Scheme assemble(SchemeNode root, String text) {
        String id = root.require("scheme").map(SchemeNode::text).orElse("?");
        int version = root.require("version").flatMap(n -> integer(n)).orElse(0L).intValue();
        int year = root.get("year").flatMap(this::integer).orElse(0L).intValue();
        boolean plain = root.get("input").flatMap(n -> n.word(Set.of("enterprise", "table"))).map("table"::equals).orElse(false);
        List<IndicatorDefinition> indicators = root.require("indicators").map(n -> indicators(n, plain)).orElse(List.of());
        Set<String> indicatorIds = new HashSet<>();
        indicators.forEach(i -> indicatorIds.add(i.id()));
        RuleReader rules = new RuleReader(root.get("defaults"), indicatorIds);
        List<Category> categories = root.require("categories").map(n -> categories(n, rules, plain)).orElse(List.of());
        ClassReader classes = new ClassReader();
        Classification classification = root.require("classification").map(classes::classification).orElse(null);
        Adjustments adjustments = root.get("adjustments").map(n -> classes.adjustments(n, classification)).orElse(Adjustments.NONE);
        if (classification == null) {
            return null;
        }
        return new Scheme(id, version, root.textOr("title", id), root.textOr("title_en", ""), year, root.textOr("source", ""), plain,
                root.get("assumptions").map(this::assumptions).orElse(List.of()), indicators,
                root.get("exemptions").map(n -> exemptions(n, plain)).orElse(List.of()), categories, adjustments, classification, text);
    }

    private Optional<Long> integer(SchemeNode n) {
        String t = n.text().strip();
        try {
            return Optional.of(Long.parseLong(t));
        } catch (NumberFormatException e) {
            n.problem(n.path() + " must be a whole number, was \"" + t + "\"");
            return Optional.empty();
        }
    }

    private List<Assumption> assumptions(SchemeNode list) {
        List<Assumption> out = new ArrayList<>();
        for (SchemeNode item : list.items()) {
            if (item.isScalar()) {
                out.add(new Assumption("", item.text()));
            } else {
                item.allowOnly(Set.of("id", "text"));
                out.add(new Assumption(item.textOr("id", ""), item.require("text").map(SchemeNode::text).orElse("")));
            }
        }
        return out;
    }

    private List<IndicatorDefinition> indicators(SchemeNode list, boolean plain) {
        List<IndicatorDefinition> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SchemeNode item : list.items()) {
            item.allowOnly(Set.of("id", "name", "name_en", "formula", "unit", "direction"));
            String id = item.require("id").map(SchemeNode::text).orElse("?");
            if (!seen.add(id)) {
                item.problem("indicator '" + id + "' is defined twice");
            }
            String formulaText = item.get("formula").map(SchemeNode::text).orElse(plain ? id : null);
            if (formulaText == null) {
                item.problem("indicator '" + id + "' needs a formula (e.g. formula: tax / land)");
                continue;
            }
            SchemeNode at = item.get("formula").orElse(item);
            Optional<Expression> formula = expression(at, formulaText, "formula of " + id, plain);
            Direction direction = item.get("direction").flatMap(n -> n.word(Set.of("higher", "lower")))
                    .map(w -> w.equals("higher") ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER).orElse(Direction.HIGHER_IS_BETTER);
            formula.ifPresent(f -> out.add(new IndicatorDefinition(id, item.textOr("name", id), item.textOr("name_en", id),
                    item.textOr("unit", ""), f, formulaText, direction, item.line())));
        }
        return out;
    }

    private List<Exemption> exemptions(SchemeNode list, boolean plain) {
        List<Exemption> out = new ArrayList<>();
        for (SchemeNode item : list.items()) {
            item.allowOnly(Set.of("id", "name", "when", "effect"));
            String id = item.require("id").map(SchemeNode::text).orElse("?");
            ExemptionEffect effect = item.get("effect").flatMap(n -> n.word(Set.of("exclude", "unclassified")))
                    .map(w -> w.equals("exclude") ? ExemptionEffect.EXCLUDE : ExemptionEffect.UNCLASSIFIED).orElse(ExemptionEffect.EXCLUDE);
            Optional<SchemeNode> when = item.require("when");
            when.flatMap(w -> expression(w, w.text(), "condition of exemption " + id, plain))
                    .ifPresent(e -> out.add(new Exemption(id, item.textOr("name", id), e, when.get().text(), effect, item.line())));
        }
        return out;
    }

    private List<Category> categories(SchemeNode list, RuleReader rules, boolean plain) {
        List<Category> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SchemeNode item : list.items()) {
            item.allowOnly(Set.of("id", "name", "when", "inherit", "aggregation", "indicators", "dimensions"));
            String id = item.require("id").map(SchemeNode::text).orElse("?");
            if (!seen.add(id)) {
                item.problem("category '" + id + "' is defined twice");
            }
            String whenText = item.get("when").map(SchemeNode::text).orElse("true");
            Optional<Expression> when = expression(item.get("when").orElse(item), whenText, "condition of category " + id, plain);
            boolean inherits = item.get("inherit").flatMap(n -> n.word(Set.of("landlord"))).isPresent();
            boolean scored = item.get("indicators").isPresent() || item.get("dimensions").isPresent();
            if (inherits == scored) {
                item.problem("category '" + id + "' needs either indicators (or dimensions) or 'inherit: landlord', not " + (scored ? "both" : "neither"));
            }
            Optional<ScoringModel> model = scored ? Optional.of(rules.model(item)) : Optional.empty();
            when.ifPresent(w -> out.add(new Category(id, item.textOr("name", id), w, whenText, model, inherits, item.line())));
        }
        if (out.isEmpty() && problems.isEmpty()) {
            list.problem("at least one category is needed");
        }
        return out;
    }

    private Optional<Expression> expression(SchemeNode at, String text, String what, boolean plain) {
        try {
            Expression e = ExpressionParser.parse(text);
            if (!plain) {
                for (String name : e.names()) {
                    if (!EnterpriseColumns.NAMES.contains(name)) {
                        at.problem(what + " refers to unknown column '" + name + "' (known: " + String.join(", ", EnterpriseColumns.NAMES) + ")");
                    }
                }
            }
            return Optional.of(e);
        } catch (ExpressionSyntaxException e) {
            at.problem(what + " \"" + text + "\" does not parse: " + e.getMessage());
            return Optional.empty();
        }
    }
}
