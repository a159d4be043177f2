package dev.slidejar.render;

import dev.slidejar.js.JsText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Slidev's clicks, resolved at build time: every {@code v-click}, {@code v-after}, {@code v-click.hide},
 * {@code v-click="3"}, {@code v-click="'+2'"}, {@code v-click="[2,4]"}, {@code <v-click>}, {@code <v-after>},
 * {@code <v-clicks depth every at>} and {@code <v-switch>} becomes an element with
 * {@code data-slidev-clicks-start} (and {@code -end} for ranges, {@code data-slidev-clicks-hide} when it hides)
 * and the class {@code slidev-vclick-target}; the runtime only compares those numbers with the current click.
 * Relative positions follow Slidev's click context: a relative {@code +n} starts n after the sum of the relative
 * steps before it, an absolute one does not move the count. The slide's total is the largest end or start.
 */
final class Clicks {
    static final String START = "data-slidev-clicks-start";
    static final String END = "data-slidev-clicks-end";
    static final String HIDE = "data-slidev-clicks-hide";
    /** A code block's line ranges ({@code CodeBlocks}), and the click at which its second range shows. */
    static final String RANGES = "data-slidejar-ranges";
    static final String RANGES_START = "data-slidejar-ranges-start";
    private static final String TARGET = "slidev-vclick-target";

    private int offset;
    private int total;

    /** The slide's total clicks, as Slidev counts them (before any {@code clicks:} frontmatter). */
    int total() {
        return total;
    }

    /**
     * Resolves every click construct under {@code parent}, in document order, continuing the count of earlier
     * calls (one call per slot, in slot order).
     */
    void walk(Element parent) {
        for (Element child : new ArrayList<>(parent.children())) {
            if (child.parent() == null) {
                continue;
            }
            String name = child.normalName();
            if (name.equals("v-click") || name.equals("v-after")) {
                String at = child.hasAttr("at") ? child.attr("at") : name.equals("v-after") ? "+0" : "+1";
                component(child, at, Integer.MAX_VALUE, 1, child.hasAttr("hide"), false);
            } else if (name.equals("v-clicks")) {
                component(child, child.hasAttr("at") ? child.attr("at") : "+1", intAttr(child, "every", 1),
                        intAttr(child, "depth", 1), child.hasAttr("hide"), true);
            } else if (name.equals("v-switch")) {
                vSwitch(child);
            } else if (child.hasAttr(RANGES)) {
                codeRanges(child);
            } else {
                directive(child);
                walk(child);
            }
        }
    }

    /** {@code v-click}, {@code v-after}, {@code v-click-hide} and {@code v-click.MODIFIERS} on an element. */
    private void directive(Element e) {
        for (Attribute a : new ArrayList<>(e.attributes().asList())) {
            String key = a.getKey();
            String[] parts = key.split("\\.");
            String base = parts[0];
            boolean hide = base.equals("v-click-hide");
            if (!(base.equals("v-click") || base.equals("v-after") || hide)) {
                continue;
            }
            List<String> animations = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].equals("hide")) {
                    hide = true;
                } else {
                    animations.add(parts[i]);
                }
            }
            String value = base.equals("v-after") ? "+0" : a.getValue();
            apply(e, value, hide, animations);
            return;
        }
    }

    private void apply(Element e, String rawValue, boolean hide, List<String> animations) {
        String value = JsText.trim(rawValue);
        if (value.startsWith("[") && value.endsWith("]")) {
            String[] ends = value.substring(1, value.length() - 1).split(",");
            if (ends.length == 2) {
                Object a = single(ends[0]);
                Object b = single(ends[1]);
                if (a != null && b != null) {
                    range(e, a, b, hide, animations);
                }
            }
            return;
        }
        Object at = single(value);
        if (at != null) {
            since(e, at, hide, animations);
        }
    }

    /** {@code "+1"}/{@code "-1"} (relative, as a String), a positive Integer, or null for no click. */
    private static Object single(String raw) {
        String v = JsText.trim(raw);
        if (v.length() >= 2 && (v.startsWith("'") || v.startsWith("\"") || v.startsWith("`"))
                && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1).trim();
        }
        if (v.isEmpty() || v.equals("true")) {
            return "+1";
        }
        if (v.equals("false")) {
            return null;
        }
        if (v.startsWith("+") || v.startsWith("-")) {
            try {
                Integer.parseInt(v.substring(1));
                return v;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            return Math.max(1, (int) Double.parseDouble(v));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void since(Element e, Object at, boolean hide, List<String> animations) {
        int start;
        if (at instanceof String rel) {
            int value = relative(rel);
            start = offset + value;
            offset += value;
        } else {
            start = (Integer) at;
        }
        mark(e, start, -1, hide, animations);
        total = Math.max(total, start);
    }

    private void range(Element e, Object a, Object b, boolean hide, List<String> animations) {
        int start;
        int delta = 0;
        if (a instanceof String rel) {
            int value = relative(rel);
            start = offset + value;
            delta = value;
        } else {
            start = (Integer) a;
        }
        int end;
        if (b instanceof String rel) {
            int value = relative(rel);
            end = start + value;
            delta += value;
        } else {
            end = (Integer) b;
        }
        offset += delta;
        mark(e, start, end, hide, animations);
        total = Math.max(total, end);
    }

    /**
     * A code block with line ranges takes a click for each range after the first, from {@code at} ({@code +1} by
     * default), as Slidev's CodeBlockWrapper: the runtime shows range {@code clicks - start + 1}.
     */
    private void codeRanges(Element wrapper) {
        int size = Math.max(1, wrapper.attr(RANGES).split("\",\"", -1).length) - 1;
        Object at = single(wrapper.hasAttr("data-slidejar-ranges-at") ? wrapper.attr("data-slidejar-ranges-at") : "+1");
        if (at == null) {
            return;
        }
        int start;
        int max;
        if (at instanceof String rel) {
            int value = relative(rel);
            start = offset + value;
            max = offset + value + size - 1;
            offset += value + size - 1;
        } else {
            start = (Integer) at;
            max = start + size - 1;
        }
        wrapper.attr(RANGES_START, Integer.toString(start));
        total = Math.max(total, max);
    }

    /** {@code "+2"} → 2, {@code "-1"} → -1. */
    private static int relative(String value) {
        return Integer.parseInt(value.startsWith("+") ? value.substring(1) : value);
    }

    private static void mark(Element e, int start, int end, boolean hide, List<String> animations) {
        e.addClass(TARGET);
        e.attr(START, Integer.toString(start));
        if (end >= 0) {
            e.attr(END, Integer.toString(end));
        }
        if (hide) {
            e.attr(HIDE, "");
        }
        for (String a : animations) {
            e.addClass("slidev-vclick-anim-" + a.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * {@code <v-clicks>} (and {@code <v-click>}, with {@code every} as large as it gets): each child element, or
     * each item of a single list or table body, is one step; {@code every} groups steps; {@code depth} goes into
     * nested lists. The wrapper itself disappears, as the component renders only its children.
     */
    private void component(Element wrapper, String at, int every, int depth, boolean hide, boolean listsToo) {
        Object start = single(at);
        List<Element> items = wrapper.children();
        if (listsToo && items.size() == 1 && (items.get(0).normalName().equals("ul")
                || items.get(0).normalName().equals("ol"))) {
            items = items.get(0).children();
        } else if (listsToo && items.size() == 1 && items.get(0).normalName().equals("table")) {
            Element body = items.get(0).selectFirst("tbody");
            items = body == null ? List.of() : body.children();
        }
        wrapTextChildren(wrapper);
        if (start != null) {
            int[] counter = {1};
            int[] executed = {0};
            for (Element item : new ArrayList<>(items)) {
                step(item, start, every, depth, 1, hide, counter, executed);
            }
        }
        for (Element child : new ArrayList<>(wrapper.children())) {
            walk(child);
        }
        wrapper.unwrap();
    }

    private void step(Element item, Object at, int every, int depth, int level, boolean hide, int[] counter,
            int[] executed) {
        int base = at instanceof Integer n ? n : relative((String) at);
        int show = base + (int) Math.ceil(counter[0]++ / (double) every) - 1;
        int delta = show - executed[0];
        executed[0] = show;
        if (at instanceof String) {
            since(item, (delta >= 0 ? "+" : "") + delta, hide, List.of());
        } else {
            since(item, show, hide, List.of());
        }
        if (level < depth) {
            for (Element sub : item.children()) {
                if (sub.normalName().equals("ul") || sub.normalName().equals("ol")) {
                    for (Element li : sub.children()) {
                        step(li, at, every, depth, level + 1, hide, counter, executed);
                    }
                }
            }
        }
    }

    /** {@code <v-click>} wraps bare text in a span, so that it can be shown and hidden. */
    private static void wrapTextChildren(Element wrapper) {
        for (Node n : new ArrayList<>(wrapper.childNodes())) {
            if (n instanceof TextNode t && !t.isBlank()) {
                t.wrap("<span></span>");
            }
        }
    }

    /**
     * {@code <v-switch>} with {@code <template #1>}, {@code <template #2-4>}: each template's content, in a
     * {@code div}, shows while the switch's own click count is in its range (a single number runs until the next
     * higher one), as Slidev's VSwitch: the switch starts one click after the clicks before it and takes as many
     * clicks as its ranges span.
     */
    private void vSwitch(Element sw) {
        List<Element> boxes = new ArrayList<>();
        List<int[]> ranges = new ArrayList<>();
        for (Element t : new ArrayList<>(sw.children())) {
            String slot = null;
            for (Attribute a : t.attributes()) {
                if (a.getKey().startsWith("#") || a.getKey().startsWith("v-slot:")) {
                    slot = a.getKey().substring(a.getKey().startsWith("#") ? 1 : 7);
                }
            }
            Element box = new Element("div");
            for (Node n : new ArrayList<>(t.normalName().equals("template") ? t.childNodes() : List.of(t))) {
                box.appendChild(n);
            }
            t.replaceWith(box);
            int[] range = slotRange(slot);
            if (range != null) {
                boxes.add(box);
                ranges.add(range);
            }
        }
        // single numbers run until the next higher start
        for (int k = 0; k < ranges.size(); k++) {
            int[] r = ranges.get(k);
            if (r[1] < 0) {
                int next = Integer.MAX_VALUE;
                for (int[] other : ranges) {
                    if (other[0] > r[0]) {
                        next = Math.min(next, other[0]);
                    }
                }
                r[1] = next == Integer.MAX_VALUE ? r[0] + 1 : next;
            }
        }
        int max = ranges.stream().mapToInt(r -> r[1]).max().orElse(1);
        int size = max - 1;
        int start = offset + 1;
        for (int k = 0; k < boxes.size(); k++) {
            int[] r = ranges.get(k);
            mark(boxes.get(k), start + r[0] - 1, start + r[1] - 1, false, List.of());
            boxes.get(k).addClass("slidev-vclick-display-switch");
        }
        offset += size;
        total = Math.max(total, start + size - 1);
        for (Element child : new ArrayList<>(sw.children())) {
            walk(child);
        }
        sw.unwrap();
    }

    /** {@code "2"} → {2, -1} (end to be found), {@code "2-4"} → {2, 4}; null for other names. */
    private static int[] slotRange(String slot) {
        if (slot == null) {
            return null;
        }
        String[] bounds = slot.split("-", 2);
        try {
            int from = Integer.parseInt(bounds[0].trim());
            return new int[] {from, bounds.length > 1 ? Integer.parseInt(bounds[1].trim()) : -1};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int intAttr(Element e, String name, int fallback) {
        try {
            return e.hasAttr(name) ? Math.max(1, Integer.parseInt(JsText.trim(e.attr(name)))) : fallback;
        } catch (NumberFormatException ex) {
            return fallback;
        }
    }
}
