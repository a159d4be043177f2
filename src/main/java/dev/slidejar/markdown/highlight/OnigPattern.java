package dev.slidejar.markdown.highlight;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jcodings.specific.UTF8Encoding;
import org.joni.Matcher;
import org.joni.Option;
import org.joni.Regex;
import org.joni.Region;
import org.joni.Syntax;
import org.joni.WarnCallback;

/**
 * One regular expression of a grammar, compiled by joni (Oniguruma's Java port, the engine TextMate grammars are
 * written for; Shiki runs Oniguruma too). A pattern joni refuses never matches, as Shiki skips one it cannot
 * compile. A compiled pattern holds no state of a search: any number of threads may search with it.
 */
final class OnigPattern {
    /** Compiled patterns by source: grammars repeat patterns in many rules and lists (and all threads share them). */
    private static final Map<String, OnigPattern> COMPILED = new ConcurrentHashMap<>();

    private final Regex regex;

    private OnigPattern(Regex regex) {
        this.regex = regex;
    }

    static OnigPattern compile(String source) {
        return COMPILED.computeIfAbsent(source, OnigPattern::compileNew);
    }

    private static OnigPattern compileNew(String source) {
        Regex regex = regex(source);
        if (regex == null) {
            String rewritten = OnigRewrite.rewrite(source);
            regex = rewritten.equals(source) ? null : regex(rewritten);
        }
        return new OnigPattern(regex);
    }

    private static Regex regex(String source) {
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        try {
            return new Regex(bytes, 0, bytes.length, Option.CAPTURE_GROUP, UTF8Encoding.INSTANCE, Syntax.DEFAULT,
                    WarnCallback.NONE);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * The first match in {@code line} at or after {@code from} (a UTF-16 offset): each group's start and end in
     * UTF-16 offsets (-1 for a group that took no part), or null.
     */
    int[] search(OnigLine line, int from) {
        if (regex == null) {
            return null;
        }
        Matcher m = regex.matcher(line.bytes);
        int at = m.search(line.byteAt(from), line.bytes.length, Option.NONE);
        if (at < 0) {
            return null;
        }
        Region region = m.getRegion();
        int groups = region == null ? 1 : region.getNumRegs();
        int[] r = new int[groups * 2];
        for (int g = 0; g < groups; g++) {
            int beg = region == null ? m.getBegin() : region.getBeg(g);
            int end = region == null ? m.getEnd() : region.getEnd(g);
            r[2 * g] = beg < 0 ? -1 : line.charAt(beg);
            r[2 * g + 1] = end < 0 ? -1 : line.charAt(end);
        }
        return r;
    }
}
