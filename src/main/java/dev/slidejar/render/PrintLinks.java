package dev.slidejar.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The links of the slides as the print page shows them, all in one document (the one a PDF is printed from). A
 * link to another slide of the deck goes to that slide on the page (its box's id, {@link #anchor}) rather than to
 * the slide's own page; in a PDF it then goes to that slide's page, where it went to the server the PDF was printed
 * from. An id that several slides use, and that a link in the slide goes to (a footnote: {@code fn1} and
 * {@code fnref1} in each slide with one), becomes that slide's own, with the links to it: each footnote link goes to
 * its own slide's footnote, not to the first slide's. Ids used by one slide only stay as they are (its style may
 * select them).
 */
public final class PrintLinks {
    /** A link to a slide from a page one folder deep, as {@link Routes#forPage} writes {@link Routes#slideHref}. */
    private static final Pattern SLIDE_LINK = Pattern.compile("(\\shref=\")\\.\\./(\\d{1,6})/index\\.html\"");
    private static final Pattern ID = Pattern.compile("(\\sid=\")([^\"]+)\"");
    private static final Pattern FRAGMENT = Pattern.compile("(\\shref=\"#)([^\"]+)\"");

    private PrintLinks() {
    }

    /** What the id of each slide's box on the print page starts with, its number following. */
    public static final String ANCHOR_PREFIX = "slidejar-slide-";

    /** The id of slide {@code no}'s box on the print page. */
    public static String anchor(int no) {
        return ANCHOR_PREFIX + no;
    }

    /**
     * {@code slides} (slide number to its HTML as the print page shows it, one folder deep) with their links made
     * the print page's; {@code total}: the deck's number of slides.
     */
    public static Map<Integer, String> forPrint(Map<Integer, String> slides, int total) {
        Map<String, Integer> slidesWithId = new HashMap<>();
        Map<Integer, Set<String>> ids = new HashMap<>();
        // the patterns are looked for only in slides that may have a match: most have none (the dev server runs
        // this at every edit, over every slide)
        for (Map.Entry<Integer, String> slide : slides.entrySet()) {
            Set<String> own = new LinkedHashSet<>();
            if (slide.getValue().contains("id=\"")) {
                Matcher id = ID.matcher(slide.getValue());
                while (id.find()) {
                    own.add(id.group(2));
                }
            }
            ids.put(slide.getKey(), own);
            own.forEach(i -> slidesWithId.merge(i, 1, Integer::sum));
        }
        Map<Integer, String> out = new java.util.LinkedHashMap<>();
        for (Map.Entry<Integer, String> slide : slides.entrySet()) {
            int no = slide.getKey();
            String html = slide.getValue();
            if (html.contains("href=\"../")) {
                html = SLIDE_LINK.matcher(html).replaceAll(link -> {
                    int to = Integer.parseInt(link.group(2));
                    return to >= 1 && to <= total
                            ? Matcher.quoteReplacement(link.group(1) + "#" + anchor(to) + "\"")
                            : Matcher.quoteReplacement(link.group());
                });
            }
            Set<String> renamed = new HashSet<>();
            if (!ids.get(no).isEmpty() && html.contains("href=\"#")) {
                Matcher fragment = FRAGMENT.matcher(html);
                while (fragment.find()) {
                    String target = fragment.group(2);
                    if (ids.get(no).contains(target) && slidesWithId.get(target) > 1) {
                        renamed.add(target);
                    }
                }
            }
            if (!renamed.isEmpty()) {
                String prefix = anchor(no) + "-";
                html = FRAGMENT.matcher(html).replaceAll(f -> Matcher.quoteReplacement(renamed.contains(f.group(2))
                        ? f.group(1) + prefix + f.group(2) + "\"" : f.group()));
                html = ID.matcher(html).replaceAll(i -> Matcher.quoteReplacement(renamed.contains(i.group(2))
                        ? i.group(1) + prefix + i.group(2) + "\"" : i.group()));
            }
            out.put(no, html);
        }
        return out;
    }
}
