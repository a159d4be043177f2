package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All utility rules as UnoCSS's {@code parseUtil} tries them: a static (exact-name) rule first, then the dynamic
 * rules from the highest index down; the first that makes something of the body wins.
 */
public final class RuleSet {
    /** A matched body: the winning rule's index (its rank in the CSS), what it made, and its layer (null: default). */
    public record Match(int index, Utility utility, String layer) {
    }

    private static final List<Rule> DYNAMIC = dynamicRules();

    private RuleSet() {
    }

    private static List<Rule> dynamicRules() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(ColorRules.rules());
        rules.addAll(LayoutRules.rules());
        rules.addAll(SizingRules.rules());
        rules.addAll(SpacingRules.rules());
        rules.addAll(FlexGridRules.rules());
        rules.addAll(TransformRules.rules());
        rules.addAll(AnimationRules.rules());
        rules.addAll(BorderRules.rules());
        rules.addAll(TypographyRules.rules());
        rules.addAll(EffectRules.rules());
        rules.sort(Comparator.comparingInt(Rule::index).reversed());
        return List.copyOf(rules);
    }

    public static Match match(String body, Theme theme) {
        StaticRules.Entry s = StaticRules.get(body);
        if (s != null) {
            return new Match(s.index(), s.utility(), s.layer());
        }
        for (Rule rule : DYNAMIC) {
            Utility u = rule.match(body, theme);
            if (u != null) {
                return new Match(rule.index(), u, null);
            }
        }
        return null;
    }
}
