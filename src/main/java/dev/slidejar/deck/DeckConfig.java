package dev.slidejar.deck;

import dev.slidejar.js.JsText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The deck's settings as Slidev resolves them ({@code resolveConfig}): its defaults, under the theme's
 * defaults, under the headmatter; fonts expanded with Slidev's fallback stacks.
 *
 * @param fontSans the CSS font-family list for {@code font-sans} (and the page)
 * @param webfonts the families to load as web fonts (bundled)
 */
public record DeckConfig(String title, String theme, String colorSchema, double aspectRatio, int canvasWidth,
        boolean mdc, boolean lineNumbers, List<String> fontSans, List<String> fontSerif, List<String> fontMono,
        List<String> webfonts, String titleTemplate, Map<String, String> themeVars) {

    private static final List<String> SANS_FALLBACK = List.of("ui-sans-serif", "system-ui", "-apple-system",
            "BlinkMacSystemFont", "\"Segoe UI\"", "Roboto", "\"Helvetica Neue\"", "Arial", "\"Noto Sans\"",
            "sans-serif", "\"Apple Color Emoji\"", "\"Segoe UI Emoji\"", "\"Segoe UI Symbol\"", "\"Noto Color Emoji\"");
    private static final List<String> SERIF_FALLBACK = List.of("ui-serif", "Georgia", "Cambria",
            "\"Times New Roman\"", "Times", "serif");
    private static final List<String> MONO_FALLBACK = List.of("ui-monospace", "SFMono-Regular", "Menlo", "Monaco",
            "Consolas", "\"Liberation Mono\"", "\"Courier New\"", "monospace");

    public DeckConfig {
        fontSans = List.copyOf(fontSans);
        fontSerif = List.copyOf(fontSerif);
        fontMono = List.copyOf(fontMono);
        webfonts = List.copyOf(webfonts);
        themeVars = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(themeVars));
    }

    /** The theme a headmatter names ({@code default} when none). */
    public static String themeName(Map<String, Object> headmatter) {
        Object theme = headmatter.get("theme");
        return theme == null || theme.toString().isBlank() ? "default" : theme.toString();
    }

    /** Resolves the config of a deck whose theme has {@code themeDefaults} (Slidev's {@code slidev.defaults}). */
    public static DeckConfig resolve(Map<String, Object> headmatter, Map<String, Object> themeDefaults) {
        Map<String, Object> merged = new LinkedHashMap<>(themeDefaults);
        merged.putAll(headmatter);
        Map<String, Object> fonts = new LinkedHashMap<>(map(themeDefaults.get("fonts")));
        fonts.putAll(map(headmatter.get("fonts")));

        List<String> sans = split(fonts.get("sans"));
        List<String> serif = split(fonts.get("serif"));
        List<String> mono = split(fonts.get("mono"));
        List<String> local = split(fonts.get("local"));
        boolean fallbacks = !Boolean.FALSE.equals(fonts.get("fallbacks"));
        List<String> webfonts = new ArrayList<>();
        if (fonts.get("webfonts") instanceof List<?> explicit) {
            explicit.forEach(f -> webfonts.add(String.valueOf(f)));
        } else if (fallbacks) {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            all.addAll(sans);
            all.addAll(serif);
            all.addAll(mono);
            all.addAll(split(fonts.get("custom")));
            all.removeAll(local);
            webfonts.addAll(all);
        }
        if (fallbacks) {
            sans = withFallback(sans, SANS_FALLBACK);
            serif = withFallback(serif, SERIF_FALLBACK);
            mono = withFallback(mono, MONO_FALLBACK);
        }

        String colorSchema = String.valueOf(merged.getOrDefault("colorSchema", "auto"));
        if (!colorSchema.equals("dark") && !colorSchema.equals("light")) {
            colorSchema = "auto";
        }
        Object title = merged.get("title");
        return new DeckConfig(title == null ? "Slidev" : title.toString(), themeName(headmatter), colorSchema,
                aspectRatio(merged.get("aspectRatio")), canvasWidth(merged.get("canvasWidth")),
                truthy(merged.get("mdc")), truthy(merged.get("lineNumbers")), sans, serif, mono, webfonts,
                String.valueOf(merged.getOrDefault("titleTemplate", "%s - Slidev")), themeVars(merged));
    }

    /** The slide canvas height in CSS pixels: rounded up, as Slidev does (980 at 16:9 gives 552). */
    public int canvasHeight() {
        return (int) Math.ceil(canvasWidth / aspectRatio);
    }

    /** The page title: the title template applied, as Slidev's head does. */
    public String pageTitle() {
        return titleTemplate.replace("%s", title);
    }

    /** {@code themeConfig: {primary: '#fc0'}} → {@code --slidev-theme-primary: #fc0}, as Slidev sets them. */
    private static Map<String, String> themeVars(Map<String, Object> merged) {
        Map<String, String> vars = new LinkedHashMap<>();
        map(merged.get("themeConfig")).forEach((k, v) -> {
            if (v != null && !(v instanceof Map) && !(v instanceof List)) {
                vars.put("--slidev-theme-" + k, String.valueOf(v));
            }
        });
        return vars;
    }

    private static double aspectRatio(Object value) {
        if (value instanceof Number n && n.doubleValue() > 0) {
            return n.doubleValue();
        }
        if (value != null) {
            String s = value.toString();
            String[] parts = s.split("[:/x|]");
            try {
                if (parts.length == 2) {
                    double w = Double.parseDouble(parts[0].trim());
                    double h = Double.parseDouble(parts[1].trim());
                    if (h != 0) {
                        return w / h;
                    }
                } else {
                    return Double.parseDouble(s.trim());
                }
            } catch (NumberFormatException e) {
                // fall through to the default, as an invalid ratio is reported by Slidev and then unused
            }
        }
        return 16.0 / 9.0;
    }

    private static int canvasWidth(Object value) {
        if (value instanceof Number n && n.intValue() > 0) {
            return n.intValue();
        }
        return 980;
    }

    private static boolean truthy(Object v) {
        return v != null && !Boolean.FALSE.equals(v) && !"".equals(v) && !(v instanceof Number n && n.doubleValue() == 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<String> split(Object value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        List<?> items = value instanceof List<?> l ? l : List.of(value);
        for (Object item : items) {
            for (String part : String.valueOf(item).split(",")) {
                String t = JsText.trim(part);
                if (!t.isEmpty()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    private static List<String> withFallback(List<String> families, List<String> fallback) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String f : families) {
            out.add(f.matches("^(['\"]).*\\1$") ? f : "\"" + f + "\"");
        }
        out.addAll(fallback);
        return new ArrayList<>(out);
    }
}
