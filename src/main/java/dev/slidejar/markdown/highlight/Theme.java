package dev.slidejar.markdown.highlight;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A VS Code colour theme's token colours, resolved as TextMate does: each rule's scope selector (the last scope,
 * and the scopes that must enclose it) in a trie of scope segments; a scope takes the most specific rule (the
 * deepest scope, then the longest enclosing scopes) whose enclosing scopes are found around it.
 */
final class Theme {
    static final int NOT_SET = -1;
    static final int ITALIC = 1;
    static final int BOLD = 2;
    static final int UNDERLINE = 4;
    static final int STRIKETHROUGH = 8;
    private static final Pattern HEX_COLOR = Pattern.compile(
            "#([0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?|[0-9A-Fa-f]{3}([0-9A-Fa-f])?)");

    final String name;
    /** Colours by number, 1 up; written in capitals as TextMate does. */
    private final List<String> colors = new ArrayList<>(List.of(""));
    private final Map<String, Integer> colorIds = new HashMap<>();
    final int defaultFontStyle;
    final int defaultForeground;
    final int defaultBackground;
    private final Node root = new Node(new TrieRule(0, List.of(), NOT_SET, 0, 0), new ArrayList<>());
    private final Map<String, List<TrieRule>> cache = new HashMap<>();

    private Theme(String name, List<Parsed> rules) {
        this.name = name;
        rules.sort(Comparator.comparing(Parsed::scope).thenComparing(Parsed::parents, Theme::compare)
                .thenComparingInt(Parsed::index));
        int fontStyle = 0;
        String foreground = "#000000";
        String background = "#ffffff";
        int first = 0;
        while (first < rules.size() && rules.get(first).scope().isEmpty()) {
            Parsed d = rules.get(first++);
            if (d.fontStyle() != NOT_SET) {
                fontStyle = d.fontStyle();
            }
            if (d.foreground() != null) {
                foreground = d.foreground();
            }
            if (d.background() != null) {
                background = d.background();
            }
        }
        this.defaultFontStyle = fontStyle;
        this.defaultForeground = colorId(foreground);
        this.defaultBackground = colorId(background);
        for (Parsed r : rules.subList(first, rules.size())) {
            root.insert(0, r.scope(), r.parents(), r.fontStyle(), colorId(r.foreground()), colorId(r.background()));
        }
    }

    /**
     * The theme of a VS Code theme file as Shiki takes it: {@code tokenColors} (or {@code settings}), and first a
     * rule without scope of its foreground and background (from {@code fg}/{@code bg} or {@code colors}).
     */
    static Theme of(JsonNode json) {
        JsonNode settings = json.has("settings") ? json.get("settings") : json.path("tokenColors");
        String type = json.path("type").asText("dark");
        String fg = json.path("fg").asText(null);
        String bg = json.path("bg").asText(null);
        if (fg == null || bg == null) {
            for (JsonNode s : settings) {
                if (!s.has("name") && !s.has("scope")) {
                    fg = fg != null ? fg : s.path("settings").path("foreground").asText(null);
                    bg = bg != null ? bg : s.path("settings").path("background").asText(null);
                    break;
                }
            }
            fg = fg != null ? fg : json.path("colors").path("editor.foreground").asText(null);
            bg = bg != null ? bg : json.path("colors").path("editor.background").asText(null);
            fg = fg != null ? fg : type.equals("light") ? "#333333" : "#bbbbbb";
            bg = bg != null ? bg : type.equals("light") ? "#fffffe" : "#1e1e1e";
        }
        List<Parsed> rules = new ArrayList<>();
        int index = 0;
        boolean globalFirst = settings.size() > 0 && settings.get(0).has("settings") && !settings.get(0).has("scope");
        if (!globalFirst) {
            rules.add(new Parsed("", null, index, NOT_SET, valid(fg), valid(bg)));
            index++;
        }
        for (JsonNode entry : settings) {
            int i = index++;
            if (!entry.has("settings")) {
                continue;
            }
            List<String> scopes = new ArrayList<>();
            JsonNode scope = entry.get("scope");
            if (scope != null && scope.isTextual()) {
                for (String s : scope.asText().replaceAll("^,+", "").replaceAll(",+$", "").split(",", -1)) {
                    scopes.add(s);
                }
            } else if (scope != null && scope.isArray()) {
                scope.forEach(s -> scopes.add(s.asText()));
            } else {
                scopes.add("");
            }
            JsonNode s = entry.get("settings");
            int fontStyle = NOT_SET;
            if (s.path("fontStyle").isTextual()) {
                fontStyle = 0;
                for (String part : s.get("fontStyle").asText().split(" ")) {
                    fontStyle |= switch (part) {
                        case "italic" -> ITALIC;
                        case "bold" -> BOLD;
                        case "underline" -> UNDERLINE;
                        case "strikethrough" -> STRIKETHROUGH;
                        default -> 0;
                    };
                }
            }
            String foreground = s.path("foreground").isTextual() ? valid(s.get("foreground").asText()) : null;
            String background = s.path("background").isTextual() ? valid(s.get("background").asText()) : null;
            for (String one : scopes) {
                String[] segments = one.trim().split(" ", -1);
                List<String> parents = null;
                if (segments.length > 1) {
                    parents = new ArrayList<>();
                    for (int k = segments.length - 2; k >= 0; k--) {
                        parents.add(segments[k]);
                    }
                }
                rules.add(new Parsed(segments[segments.length - 1], parents, i, fontStyle, foreground, background));
            }
        }
        return new Theme(json.path("name").asText(""), rules);
    }

    private static String valid(String color) {
        return color != null && HEX_COLOR.matcher(color).matches() ? color : null;
    }

    private int colorId(String color) {
        if (color == null) {
            return 0;
        }
        return colorIds.computeIfAbsent(color.toUpperCase(Locale.ROOT), c -> {
            colors.add(c);
            return colors.size() - 1;
        });
    }

    String color(int id) {
        return colors.get(id);
    }

    /** The style of {@code scope} inside {@code parent}: fontStyle, foreground, background (NOT_SET/0 for none). */
    int[] match(String scope, ScopeStack parent) {
        List<TrieRule> rules = cache.computeIfAbsent(scope, root::match);
        for (TrieRule r : rules) {
            if (parentsMatch(parent, r.parents)) {
                return new int[] {r.fontStyle, r.foreground, r.background};
            }
        }
        return null;
    }

    private static boolean parentsMatch(ScopeStack path, List<String> parents) {
        if (parents.isEmpty()) {
            return true;
        }
        for (int i = 0; i < parents.size(); i++) {
            String pattern = parents.get(i);
            boolean mustMatch = false;
            if (pattern.equals(">")) {
                if (i == parents.size() - 1) {
                    return false;
                }
                pattern = parents.get(++i);
                mustMatch = true;
            }
            while (path != null) {
                if (scopeMatches(path.scope, pattern)) {
                    break;
                }
                if (mustMatch) {
                    return false;
                }
                path = path.parent;
            }
            if (path == null) {
                return false;
            }
            path = path.parent;
        }
        return true;
    }

    static boolean scopeMatches(String scope, String pattern) {
        return pattern.equals(scope)
                || scope.startsWith(pattern) && scope.length() > pattern.length() && scope.charAt(pattern.length()) == '.';
    }

    private static int compare(List<String> a, List<String> b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        if (b == null) {
            return 1;
        }
        if (a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                int r = a.get(i).compareTo(b.get(i));
                if (r != 0) {
                    return r;
                }
            }
            return 0;
        }
        return a.size() - b.size();
    }

    private record Parsed(String scope, List<String> parents, int index, int fontStyle, String foreground,
            String background) {
    }

    private static final class TrieRule {
        int depth;
        final List<String> parents;
        int fontStyle;
        int foreground;
        int background;

        TrieRule(int depth, List<String> parents, int fontStyle, int foreground, int background) {
            this.depth = depth;
            this.parents = parents == null ? List.of() : parents;
            this.fontStyle = fontStyle;
            this.foreground = foreground;
            this.background = background;
        }

        TrieRule copy() {
            return new TrieRule(depth, parents, fontStyle, foreground, background);
        }

        void overwrite(int depth, int fontStyle, int foreground, int background) {
            this.depth = Math.max(this.depth, depth);
            if (fontStyle != NOT_SET) {
                this.fontStyle = fontStyle;
            }
            if (foreground != 0) {
                this.foreground = foreground;
            }
            if (background != 0) {
                this.background = background;
            }
        }

        static int bySpecificity(TrieRule a, TrieRule b) {
            if (a.depth != b.depth) {
                return b.depth - a.depth;
            }
            int ai = 0;
            int bi = 0;
            while (true) {
                if (ai < a.parents.size() && a.parents.get(ai).equals(">")) {
                    ai++;
                }
                if (bi < b.parents.size() && b.parents.get(bi).equals(">")) {
                    bi++;
                }
                if (ai >= a.parents.size() || bi >= b.parents.size()) {
                    break;
                }
                int diff = b.parents.get(bi).length() - a.parents.get(ai).length();
                if (diff != 0) {
                    return diff;
                }
                ai++;
                bi++;
            }
            return b.parents.size() - a.parents.size();
        }
    }

    private static final class Node {
        private final TrieRule main;
        private final List<TrieRule> withParents;
        private final Map<String, Node> children = new HashMap<>();

        Node(TrieRule main, List<TrieRule> withParents) {
            this.main = main;
            this.withParents = withParents;
        }

        List<TrieRule> match(String scope) {
            if (!scope.isEmpty()) {
                int dot = scope.indexOf('.');
                String head = dot < 0 ? scope : scope.substring(0, dot);
                Node child = children.get(head);
                if (child != null) {
                    return child.match(dot < 0 ? "" : scope.substring(dot + 1));
                }
            }
            List<TrieRule> rules = new ArrayList<>(withParents);
            rules.add(main);
            rules.sort(TrieRule::bySpecificity);
            return rules;
        }

        void insert(int depth, String scope, List<String> parents, int fontStyle, int foreground, int background) {
            if (scope.isEmpty()) {
                insertHere(depth, parents, fontStyle, foreground, background);
                return;
            }
            int dot = scope.indexOf('.');
            String head = dot < 0 ? scope : scope.substring(0, dot);
            Node child = children.get(head);
            if (child == null) {
                List<TrieRule> copies = new ArrayList<>();
                withParents.forEach(r -> copies.add(r.copy()));
                child = new Node(main.copy(), copies);
                children.put(head, child);
            }
            child.insert(depth + 1, dot < 0 ? "" : scope.substring(dot + 1), parents, fontStyle, foreground, background);
        }

        private void insertHere(int depth, List<String> parents, int fontStyle, int foreground, int background) {
            if (parents == null) {
                main.overwrite(depth, fontStyle, foreground, background);
                return;
            }
            for (TrieRule r : withParents) {
                if (compare(r.parents, parents) == 0) {
                    r.overwrite(depth, fontStyle, foreground, background);
                    return;
                }
            }
            withParents.add(new TrieRule(depth, parents, fontStyle == NOT_SET ? main.fontStyle : fontStyle,
                    foreground == 0 ? main.foreground : foreground, background == 0 ? main.background : background));
        }
    }
}
