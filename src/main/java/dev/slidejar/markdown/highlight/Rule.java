package dev.slidejar.markdown.highlight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule of a TextMate grammar, compiled: a {@code match}, a {@code begin}/{@code end} or {@code begin}/{@code while}
 * pair, a list of {@code patterns} alone, or what to do with a capture. Rules are numbered in the {@link Grammar}
 * that compiled them; a pattern list holds rule numbers.
 */
abstract class Rule {
    /** The number of a pattern list's entry that is its rule's {@code end}. */
    static final int END = -1;
    /** The number of a pattern list's entry that is its rule's {@code while}. */
    static final int WHILE = -2;

    final int id;
    /** Whether some of its patterns named rules that could not be found (a rule left with none is left out). */
    boolean missingPatterns;
    private final String name;
    private final boolean nameHasCaptures;
    private final String contentName;
    private final boolean contentNameHasCaptures;

    Rule(int id, String name, String contentName) {
        this.id = id;
        this.name = name;
        this.nameHasCaptures = RegexSource.hasCaptures(name);
        this.contentName = contentName;
        this.contentNameHasCaptures = RegexSource.hasCaptures(contentName);
    }

    String name(String line, int[] captures) {
        return nameHasCaptures && line != null && captures != null ? RegexSource.withCaptures(name, line, captures) : name;
    }

    String contentName(String line, int[] captures) {
        return contentNameHasCaptures && line != null && captures != null
                ? RegexSource.withCaptures(contentName, line, captures) : contentName;
    }

    /** Adds what this rule starts with to a pattern list being built for a rule that includes it. */
    abstract void collect(Grammar grammar, List<Source> out);

    /** The patterns to search while this rule is the innermost; {@code end} is its resolved end (or while). */
    Scanner scanner(Grammar grammar, String end, boolean allowA, boolean allowG) {
        throw new IllegalStateException("not a rule with patterns");
    }

    /** A regular expression's source in a pattern list, and the rule it starts (or {@link #END}). */
    record Source(String source, int rule, boolean hasAnchor) {
        static Source of(String source, int rule) {
            String normalized = RegexSource.normalize(source);
            return new Source(normalized, rule, RegexSource.hasAnchor(normalized));
        }
    }

    /** A pattern list compiled, once per combination of anchors allowed (and of resolved end). */
    static final class Patterns {
        private final List<Source> sources;
        private final Scanner[] byAnchors = new Scanner[4];

        Patterns(List<Source> sources) {
            this.sources = sources;
        }

        Scanner scanner(boolean allowA, boolean allowG) {
            int k = (allowA ? 2 : 0) + (allowG ? 1 : 0);
            if (byAnchors[k] == null) {
                List<OnigPattern> patterns = new ArrayList<>();
                int[] rules = new int[sources.size()];
                boolean[] anchoredAtStart = new boolean[sources.size()];
                for (int i = 0; i < sources.size(); i++) {
                    Source s = sources.get(i);
                    String source = s.hasAnchor() ? RegexSource.anchored(s.source(), allowA, allowG) : s.source();
                    patterns.add(OnigPattern.compile(source));
                    rules[i] = s.rule();
                    anchoredAtStart[i] = source.contains("\\G");
                }
                byAnchors[k] = new Scanner(patterns, rules, anchoredAtStart);
            }
            return byAnchors[k];
        }
    }

    static final class Capture extends Rule {
        final int retokenize;

        Capture(int id, String name, String contentName, int retokenize) {
            super(id, name, contentName);
            this.retokenize = retokenize;
        }

        @Override
        void collect(Grammar grammar, List<Source> out) {
            throw new IllegalStateException("a capture is not in a pattern list");
        }
    }

    static final class Match extends Rule {
        final String match;
        final List<Capture> captures;

        Match(int id, String name, String match, List<Capture> captures) {
            super(id, name, null);
            this.match = match;
            this.captures = captures;
        }

        @Override
        void collect(Grammar grammar, List<Source> out) {
            out.add(Source.of(match, id));
        }
    }

    static final class IncludeOnly extends Rule {
        final int[] patterns;
        private Patterns compiled;

        IncludeOnly(int id, String name, String contentName, int[] patterns) {
            super(id, name, contentName);
            this.patterns = patterns;
        }

        @Override
        void collect(Grammar grammar, List<Source> out) {
            for (int p : patterns) {
                grammar.rule(p).collect(grammar, out);
            }
        }

        @Override
        Scanner scanner(Grammar grammar, String end, boolean allowA, boolean allowG) {
            if (compiled == null) {
                List<Source> out = new ArrayList<>();
                collect(grammar, out);
                compiled = new Patterns(out);
            }
            return compiled.scanner(allowA, allowG);
        }
    }

    /**
     * A rule entered by its {@code begin} and left by what closes it: an {@code end} match ({@link BeginEnd}), or a
     * line its {@code while} does not match ({@link BeginWhile}). Either may refer to what {@code begin} captured.
     */
    abstract static class Begin extends Rule {
        final String begin;
        final List<Capture> beginCaptures;
        /** The end or while pattern's source, and whether it has back-references to be filled from begin's. */
        final String closing;
        final boolean closingHasBackReferences;
        final int[] patterns;
        private List<Source> collected;

        Begin(int id, String name, String contentName, String begin, List<Capture> beginCaptures, String closing,
                int[] patterns) {
            super(id, name, contentName);
            this.begin = begin;
            this.beginCaptures = beginCaptures;
            this.closing = closing == null ? "\uFFFF" : RegexSource.normalize(closing);
            this.closingHasBackReferences = RegexSource.hasBackReferences(this.closing);
            this.patterns = patterns;
        }

        @Override
        void collect(Grammar grammar, List<Source> out) {
            out.add(Source.of(begin, id));
        }

        /** What the rule's patterns start with, collected once. */
        List<Source> inner(Grammar grammar) {
            if (collected == null) {
                List<Source> out = new ArrayList<>();
                for (int r : patterns) {
                    grammar.rule(r).collect(grammar, out);
                }
                collected = out;
            }
            return collected;
        }

        /** The closing pattern's source once begin matched: with its back-references filled, when it has some. */
        String resolvedClosing(String line, int[] captures) {
            return RegexSource.withBackReferences(closing, line, captures);
        }
    }

    static final class BeginEnd extends Begin {
        final List<Capture> endCaptures;
        final boolean applyEndPatternLast;
        private final Map<String, Patterns> compiled = new HashMap<>();

        BeginEnd(int id, String name, String contentName, String begin, List<Capture> beginCaptures, String end,
                List<Capture> endCaptures, boolean applyEndPatternLast, int[] patterns) {
            super(id, name, contentName, begin, beginCaptures, end, patterns);
            this.endCaptures = endCaptures;
            this.applyEndPatternLast = applyEndPatternLast;
        }

        @Override
        Scanner scanner(Grammar grammar, String resolvedEnd, boolean allowA, boolean allowG) {
            String endSource = closingHasBackReferences && resolvedEnd != null ? resolvedEnd : closing;
            return compiled.computeIfAbsent(endSource, source -> {
                List<Source> all = new ArrayList<>(inner(grammar));
                all.add(applyEndPatternLast ? all.size() : 0, Source.of(source, END));
                return new Patterns(all);
            }).scanner(allowA, allowG);
        }
    }

    static final class BeginWhile extends Begin {
        final List<Capture> whileCaptures;
        private Patterns compiled;
        private final Map<String, Patterns> whileCompiled = new HashMap<>();

        BeginWhile(int id, String name, String contentName, String begin, List<Capture> beginCaptures,
                String whileSource, List<Capture> whileCaptures, int[] patterns) {
            super(id, name, contentName, begin, beginCaptures, whileSource, patterns);
            this.whileCaptures = whileCaptures;
        }

        @Override
        Scanner scanner(Grammar grammar, String end, boolean allowA, boolean allowG) {
            if (compiled == null) {
                compiled = new Patterns(inner(grammar));
            }
            return compiled.scanner(allowA, allowG);
        }

        Scanner whileScanner(String resolvedWhile, boolean allowA, boolean allowG) {
            String source = closingHasBackReferences ? (resolvedWhile == null ? "\uFFFF" : resolvedWhile) : closing;
            return whileCompiled.computeIfAbsent(source, s -> new Patterns(List.of(Source.of(s, WHILE))))
                    .scanner(allowA, allowG);
        }
    }
}
