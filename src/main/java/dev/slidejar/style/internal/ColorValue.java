package dev.slidejar.style.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A colour named in a token ({@code red-500}, {@code gray:40}, {@code white/50}, {@code [#2B90B6]}, {@code $var})
 * resolved as UnoCSS's {@code parseColor} does: {@code color} is the CSS colour text, {@code rgb} its parsed
 * components when it is a hex or {@code rgb()/hsl()} colour, {@code alpha} the opacity from {@code /..}.
 */
public record ColorValue(String color, Parsed parsed, String alpha) {
    private static final Pattern HEX = Pattern.compile("^#[\\da-fA-F]+$");
    private static final Pattern HEX_WORD = Pattern.compile("^hex-[\\da-fA-F]+$");
    private static final Pattern FUNCTION = Pattern.compile("^(rgb|rgba|hsl|hsla)\\((.+)\\)$", Pattern.CASE_INSENSITIVE);

    /** A parsed CSS colour: function type, components and the colour's own alpha (null when none). */
    public record Parsed(String type, List<String> components, String alpha) {
        String toCss(String alphaOverride) {
            String a = alphaOverride != null ? alphaOverride : alpha;
            if (type.equals("rgba") || type.equals("hsla")) {
                return type + "(" + String.join(", ", components) + (a == null ? "" : ", " + a) + ")";
            }
            return type + "(" + String.join(" ", components) + (a == null ? "" : " / " + a) + ")";
        }

        String opacity() {
            return alpha == null ? "1" : alpha;
        }
    }

    /** Parses {@code body}; null when it names no colour (the rule then does not match). */
    public static ColorValue parse(String body, Theme theme) {
        String[] split = Shorthand.split(body, "color");
        if (split == null) {
            return null;
        }
        String main = split[0];
        String opacity = split[1];
        String[] names = main.replaceAll("([a-z])(\\d)", "$1-$2").split("-", -1);
        if (names[0].isEmpty()) {
            return null;
        }
        String bracket = Values.bracketOfColor(main);
        String bracketOrMain = bracket != null ? bracket : main;
        if (Values.numberWithUnit(bracketOrMain) != null) {
            return null;
        }
        String color = null;
        if (HEX.matcher(bracketOrMain).matches()) {
            color = bracketOrMain;
        } else if (HEX_WORD.matcher(bracketOrMain).matches()) {
            color = "#" + bracketOrMain.substring(4);
        } else if (main.startsWith("$")) {
            color = Values.cssvar(main);
        }
        if (color == null) {
            color = bracket;
        }
        if (color == null && lookup(theme, List.of(main)) instanceof String s) {
            color = s;
        }
        if (color == null) {
            List<String> keys = new ArrayList<>(Arrays.asList(names));
            String scale = keys.get(keys.size() - 1);
            boolean numbered = scale.matches("\\d+");
            if (numbered) {
                keys.remove(keys.size() - 1);
            }
            Object data = lookup(theme, keys);
            if (data instanceof java.util.Map<?, ?> m) {
                color = m.get(numbered ? scale : "DEFAULT") instanceof String s ? s : null;
            } else if (data instanceof String s && !numbered) {
                color = s;
            }
        }
        String alpha = opacity == null ? null : Values.first(opacity, Values::bracket, Values::cssvar, Values::percent);
        if (opacity != null && opacity.isEmpty()) {
            alpha = null;
        }
        return new ColorValue(color, parseCss(color), alpha);
    }

    /** UnoCSS's theme colour lookup: the longest dash-joined (or camel-cased) key first, then deeper. */
    private static Object lookup(Theme theme, List<String> path) {
        return deepGet(theme, null, path);
    }

    private static Object deepGet(Theme theme, Object scope, List<String> path) {
        if (path.isEmpty()) {
            return scope;
        }
        for (int i = path.size(); i > 0; i--) {
            String flat = String.join("-", path.subList(0, i));
            Object value = theme.color(scope, camel(flat));
            if (value == null) {
                value = theme.color(scope, flat);
            }
            if (value != null) {
                if (i == path.size()) {
                    return value;
                }
                return value instanceof java.util.Map<?, ?> ? deepGet(theme, value, path.subList(i, path.size())) : null;
            }
        }
        return null;
    }

    private static String camel(String key) {
        Matcher m = Pattern.compile("-([a-z])").matcher(key);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        return m.appendTail(out).toString();
    }

    static Parsed parseCss(String color) {
        if (color == null) {
            return null;
        }
        if (HEX.matcher(color).matches()) {
            return parseHex(color.substring(1));
        }
        Matcher f = FUNCTION.matcher(color);
        if (f.matches()) {
            String[] parts = f.group(2).contains(",") ? f.group(2).split(",") : f.group(2).split("\\s*/\\s*|\\s+");
            List<String> comps = Arrays.stream(parts).map(String::trim).filter(p -> !p.isEmpty()).toList();
            if (comps.size() == 3 || comps.size() == 4) {
                return new Parsed(f.group(1).toLowerCase(java.util.Locale.ROOT), comps.subList(0, 3),
                        comps.size() == 4 ? comps.get(3) : null);
            }
        }
        return null;
    }

    private static Parsed parseHex(String body) {
        int[] c;
        Integer alpha = null;
        switch (body.length()) {
            case 3, 4 -> {
                c = new int[body.length()];
                for (int i = 0; i < c.length; i++) {
                    int n = Character.digit(body.charAt(i), 16);
                    c[i] = n << 4 | n;
                }
                alpha = body.length() == 4 ? c[3] : null;
            }
            case 6, 8 -> {
                c = new int[body.length() / 2];
                for (int i = 0; i < c.length; i++) {
                    c[i] = Integer.parseInt(body.substring(2 * i, 2 * i + 2), 16);
                }
                alpha = body.length() == 8 ? c[3] : null;
            }
            default -> {
                return null;
            }
        }
        String a = alpha == null ? null : Values.round(Math.round(alpha / 255.0 * 100) / 100.0);
        return new Parsed("rgb", List.of(String.valueOf(c[0]), String.valueOf(c[1]), String.valueOf(c[2])), a);
    }

    /** {@code colorToString}: the colour with the given alpha (or its own). */
    String toCss(String alphaOverride) {
        if (parsed != null) {
            return parsed.toCss(alphaOverride);
        }
        return color.replace("%alpha", alphaOverride == null ? "1" : alphaOverride)
                .replace("<alpha-value>", alphaOverride == null ? "1" : alphaOverride);
    }

    /**
     * UnoCSS's {@code colorResolver}: {@code property} set to the colour; without an explicit alpha, an rgb
     * colour reads its opacity from {@code --un-<varName>-opacity}, declared first.
     */
    public static List<Decl> resolve(String body, Theme theme, String property, String varName) {
        ColorValue c = parse(body, theme);
        if (c == null || c.color == null) {
            return null;
        }
        return c.declarations(property, varName);
    }

    List<Decl> declarations(String property, String varName) {
        if (alpha != null) {
            return List.of(Decl.of(property, toCss(alpha)));
        }
        String opacityVar = "--un-" + varName + "-opacity";
        String value = toCss("var(" + opacityVar + ")");
        if (value.contains(opacityVar)) {
            return List.of(Decl.of(opacityVar, parsed != null ? parsed.opacity() : "1"), Decl.of(property, value));
        }
        return List.of(Decl.of(property, value));
    }
}
