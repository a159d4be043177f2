package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One generation run: each token → its rules (through variants, shortcuts and the rule set), then the sheet.
 * Fresh for every call; the theme and rules it reads are immutable.
 */
public final class StyleSheetBuilder {
    private final Theme theme;
    private final VariantParser parser;
    private final List<CssRule> rules = new ArrayList<>();
    private final Set<String> unknown = new LinkedHashSet<>();

    public StyleSheetBuilder(Theme theme) {
        this.theme = theme;
        this.parser = new VariantParser(theme);
    }

    public void add(String token) {
        if (token.isEmpty()) {
            return;
        }
        List<CssRule> made = rulesFor(token);
        if (made.isEmpty()) {
            unknown.add(token);
        }
        rules.addAll(made);
    }

    public String css(boolean preflights) {
        return StyleSheet.render(rules, preflights ? Preflight.css(theme) : null);
    }

    public Set<String> unknown() {
        return Set.copyOf(unknown);
    }

    private List<CssRule> rulesFor(String raw) {
        Candidate c = parser.parse(raw);
        String selector = "." + CssEscape.selector(raw);
        if (c.body().equals("container")) {
            return container(selector, c.variants());
        }
        List<String> parts = Shortcuts.expand(c.body(), parser);
        if (parts != null) {
            return shortcut(selector, c.variants(), parts);
        }
        RuleSet.Match m = RuleSet.match(c.body(), theme);
        if (m == null) {
            return List.of();
        }
        CssRule r = apply(selector, m, c.variants(), m.layer() == null ? "default" : m.layer());
        List<CssRule> out = new ArrayList<>();
        if (m.utility().rawCss() != null) {
            out.add(new CssRule(r == null ? "default" : r.layer(), null, null, m.index(), 0, null, m.utility().rawCss(), false));
        }
        if (r != null) {
            out.add(r);
        }
        return r == null ? List.of() : out;
    }

    /** The rule for one matched utility under the given variants, innermost variant applied first. */
    private CssRule apply(String selector, RuleSet.Match m, List<Variant> variants, String layer) {
        Applied a = Applied.of(selector, m.utility().selectorSuffix(), m.utility().decls(), variants);
        return a == null || a.decls().isEmpty() ? null
                : new CssRule(layer, a.parent(), a.parentOrder(), m.index(), a.sort(), a.selector(), a.body(), a.noMerge());
    }

    /** A shortcut: its parts' declarations gathered per (selector, at-rule), ranked by the lowest rule index. */
    private List<CssRule> shortcut(String selector, List<Variant> outer, List<String> parts) {
        List<Object[]> matched = new ArrayList<>();
        for (String part : parts) {
            Candidate pc = parser.parse(part);
            RuleSet.Match m = RuleSet.match(pc.body(), theme);
            if (m != null) {
                List<Variant> variants = new ArrayList<>(outer);
                variants.addAll(pc.variants());
                matched.add(new Object[] {m, variants});
            }
        }
        matched.sort(Comparator.comparingInt(o -> ((RuleSet.Match) o[0]).index()));
        Map<String, CssRuleDraft> groups = new java.util.LinkedHashMap<>();
        for (Object[] o : matched) {
            RuleSet.Match m = (RuleSet.Match) o[0];
            @SuppressWarnings("unchecked")
            Applied a = Applied.of(selector, m.utility().selectorSuffix(), m.utility().decls(), (List<Variant>) o[1]);
            if (a == null) {
                continue;
            }
            String key = a.selector() + "\u0000" + a.parent() + "\u0000" + a.noMerge();
            groups.computeIfAbsent(key, k -> new CssRuleDraft(m.index(), a)).add(a);
        }
        return groups.values().stream().map(CssRuleDraft::rule).filter(r -> !r.body().isEmpty()).toList();
    }

    /** preset-wind3's {@code container}: full width, capped at each breakpoint. */
    private List<CssRule> container(String selector, List<Variant> variants) {
        if (!variants.isEmpty()) {
            return List.of();
        }
        List<CssRule> out = new ArrayList<>();
        out.add(new CssRule("shortcuts", null, null, 3, 0, selector, "width:100%;", false));
        int i = 0;
        List<Map.Entry<String, String>> points = new ArrayList<>(theme.section("breakpoints").entrySet());
        for (Map.Entry<String, String> p : points) {
            i++;
            out.add(new CssRule("shortcuts", "@media (min-width: " + p.getValue() + ")", 3000 + i, 3, 0, selector,
                    "max-width:" + p.getValue() + ";", false));
        }
        return out;
    }

    /** Declarations of shortcut parts that share a selector and at-rule, joined into one rule. */
    private static final class CssRuleDraft {
        private final int index;
        private final Applied first;
        private final List<Decl> decls = new ArrayList<>();
        private int sort;

        CssRuleDraft(int index, Applied first) {
            this.index = index;
            this.first = first;
        }

        void add(Applied a) {
            decls.addAll(a.decls());
            sort = Math.max(sort, a.sort());
        }

        CssRule rule() {
            return new CssRule("shortcuts", first.parent(), first.parentOrder(), index, sort, first.selector(),
                    Applied.css(decls), first.noMerge());
        }
    }
}
