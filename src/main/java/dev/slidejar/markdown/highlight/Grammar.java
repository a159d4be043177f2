package dev.slidejar.markdown.highlight;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A language's TextMate grammar compiled for tokenizing, with the grammars it includes and the injections that
 * apply to it, and the tokenizer: a line at a time, each line's state handed to the next, as TextMate and Shiki
 * (vscode-textmate) do, so that a code block is cut into the same tokens with the same scopes.
 */
final class Grammar {
    /** Where the raw grammars come from, by scope name; and which grammars inject into a scope. */
    interface Source {
        JsonNode grammar(String scopeName);

        List<String> injectionsInto(String scopeName);
    }

    private final Source source;
    private final List<Theme> themes;
    private final String rootScope;
    private final List<Rule> rules = new ArrayList<>();
    private final Map<JsonNode, Integer> ids = new IdentityHashMap<>();
    private final Map<String, Repository> included = new HashMap<>();
    private final int rootId;
    private final List<Injection> injections;

    private record Injection(ScopeSelector.Alternative selector, int rule) {
    }

    /** A repository: the named rules an include may name, with {@code $self} and {@code $base}. */
    private static final class Repository {
        final Map<String, JsonNode> rules = new HashMap<>();

        Repository with(JsonNode more) {
            Repository r = new Repository();
            r.rules.putAll(rules);
            for (Iterator<Map.Entry<String, JsonNode>> it = more.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                r.rules.put(e.getKey(), e.getValue());
            }
            return r;
        }
    }

    Grammar(String scopeName, Source source, List<Theme> themes) {
        this.source = source;
        this.themes = themes;
        this.rootScope = scopeName;
        rules.add(null); // rule numbers start at 1
        JsonNode raw = source.grammar(scopeName);
        Repository repository = repositoryOf(raw, null);
        included.put(scopeName, repository);
        this.rootId = compile(repository.rules.get("$self"), repository);
        this.injections = collectInjections(raw, repository);
    }

    /** The repository of a grammar: its own rules, {@code $self} its top, {@code $base} the outermost grammar's. */
    private static Repository repositoryOf(JsonNode raw, JsonNode base) {
        Repository r = new Repository();
        if (raw.has("repository")) {
            r = r.with(raw.get("repository"));
        }
        ObjectNode self = JsonNodeFactory.instance.objectNode();
        self.set("patterns", raw.path("patterns"));
        self.put("name", raw.path("scopeName").asText());
        r.rules.put("$self", self);
        r.rules.put("$base", base == null ? self : base);
        return r;
    }

    Rule rule(int id) {
        return rules.get(id);
    }

    private List<Injection> collectInjections(JsonNode raw, Repository repository) {
        List<Injection> result = new ArrayList<>();
        JsonNode own = raw.get("injections");
        if (own != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = own.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                add(result, e.getKey(), e.getValue(), repository);
            }
        }
        for (String scope : source.injectionsInto(rootScope)) {
            Repository r = external(scope);
            if (r == null) {
                continue;
            }
            JsonNode injector = source.grammar(scope);
            if (injector.hasNonNull("injectionSelector")) {
                add(result, injector.get("injectionSelector").asText(), r.rules.get("$self"), r);
            }
        }
        result.sort((a, b) -> a.selector().priority() - b.selector().priority());
        return result;
    }

    private void add(List<Injection> out, String selector, JsonNode rule, Repository repository) {
        int id = compile(rule, repository);
        for (ScopeSelector.Alternative a : ScopeSelector.parse(selector)) {
            out.add(new Injection(a, id));
        }
    }

    private Repository external(String scopeName) {
        if (!included.containsKey(scopeName)) {
            JsonNode raw = source.grammar(scopeName);
            Repository root = included.get(rootScope);
            included.put(scopeName, raw == null ? null : repositoryOf(raw, root.rules.get("$self")));
        }
        return included.get(scopeName);
    }

    // ---- compiling rules ---------------------------------------------------------------------------------------

    private int compile(JsonNode desc, Repository repository) {
        Integer known = ids.get(desc);
        if (known != null) {
            return known;
        }
        int id = rules.size();
        rules.add(null);
        ids.put(desc, id);
        String name = text(desc, "name");
        String contentName = text(desc, "contentName");
        Rule rule;
        if (desc.has("match")) {
            rule = new Rule.Match(id, name, desc.get("match").asText(), captures(desc.get("captures"), repository));
        } else if (!desc.has("begin")) {
            Repository r = desc.has("repository") ? repository.with(desc.get("repository")) : repository;
            JsonNode patterns = desc.get("patterns");
            if (patterns == null && desc.has("include")) {
                patterns = JsonNodeFactory.instance.arrayNode().add(
                        JsonNodeFactory.instance.objectNode().put("include", desc.get("include").asText()));
            }
            rule = new Rule.IncludeOnly(id, name, contentName, patterns(patterns, r));
            rule.missingPatterns = lastMissing;
        } else if (desc.has("while")) {
            rule = new Rule.BeginWhile(id, name, contentName, desc.get("begin").asText(),
                    captures(or(desc, "beginCaptures", "captures"), repository), desc.get("while").asText(),
                    captures(or(desc, "whileCaptures", "captures"), repository), patterns(desc.get("patterns"), repository));
            rule.missingPatterns = lastMissing;
        } else {
            rule = new Rule.BeginEnd(id, name, contentName, desc.get("begin").asText(),
                    captures(or(desc, "beginCaptures", "captures"), repository), text(desc, "end"),
                    captures(or(desc, "endCaptures", "captures"), repository),
                    desc.path("applyEndPatternLast").asBoolean(false) || desc.path("applyEndPatternLast").asInt(0) == 1,
                    patterns(desc.get("patterns"), repository));
            rule.missingPatterns = lastMissing;
        }
        rules.set(id, rule);
        return id;
    }

    private static JsonNode or(JsonNode desc, String first, String second) {
        return desc.has(first) ? desc.get(first) : desc.get(second);
    }

    private static String text(JsonNode desc, String field) {
        JsonNode v = desc.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Captures by group number (null where a group has none). */
    private List<Rule.Capture> captures(JsonNode captures, Repository repository) {
        List<Rule.Capture> out = new ArrayList<>();
        if (captures == null || !captures.isObject()) {
            return out;
        }
        int max = -1;
        for (Iterator<String> it = captures.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (k.matches("\\d+")) {
                max = Math.max(max, Integer.parseInt(k));
            }
        }
        for (int i = 0; i <= max; i++) {
            out.add(null);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = captures.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().matches("\\d+")) {
                continue;
            }
            JsonNode c = e.getValue();
            int retokenize = c.has("patterns") ? compile(c, repository) : 0;
            int id = rules.size();
            Rule.Capture capture = new Rule.Capture(id, text(c, "name"), text(c, "contentName"), retokenize);
            rules.add(capture);
            out.set(Integer.parseInt(e.getKey()), capture);
        }
        return out;
    }

    private int[] patterns(JsonNode patterns, Repository repository) {
        List<Integer> out = new ArrayList<>();
        if (patterns != null) {
            for (JsonNode p : patterns) {
                int id = -1;
                if (p.has("include")) {
                    String include = p.get("include").asText();
                    if (include.equals("$base") || include.equals("$self")) {
                        JsonNode target = repository.rules.get(include);
                        id = target == null ? -1 : compile(target, repository);
                    } else if (include.startsWith("#")) {
                        JsonNode target = repository.rules.get(include.substring(1));
                        id = target == null ? -1 : compile(target, repository);
                    } else {
                        int hash = include.indexOf('#');
                        String scope = hash < 0 ? include : include.substring(0, hash);
                        Repository other = external(scope);
                        if (other != null) {
                            JsonNode target = other.rules.get(hash < 0 ? "$self" : include.substring(hash + 1));
                            id = target == null ? -1 : compile(target, other);
                        }
                    }
                } else {
                    id = compile(p, repository);
                }
                if (id != -1) {
                    Rule r = rules.get(id);
                    boolean skip = r != null && emptyPatterns(r);
                    if (!skip) {
                        out.add(id);
                    }
                }
            }
        }
        lastMissing = (patterns == null ? 0 : patterns.size()) != out.size();
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A rule whose patterns all failed to resolve (and that has none): left out, as TextMate does. */
    private static boolean emptyPatterns(Rule r) {
        int[] patterns = r instanceof Rule.IncludeOnly i ? i.patterns : r instanceof Rule.Begin b ? b.patterns : null;
        return patterns != null && r.missingPatterns && patterns.length == 0;
    }

    /** Whether {@link #patterns} left out some of the last list it was given. */
    private boolean lastMissing;

    // ---- tokenizing --------------------------------------------------------------------------------------------

    /** One line's tokens: where each starts (UTF-16 offsets) and its scopes; the last runs to the line's end. */
    record LineTokens(String text, int[] starts, ScopeStack[] scopes) {
    }

    /** The lines of {@code code} tokenized, the state carried from line to line. */
    List<LineTokens> tokenize(List<String> lines) {
        List<LineTokens> out = new ArrayList<>();
        ScopeStack rootScopes = ScopeStack.root(rule(rootId).name(null, null), themes);
        State state = new State(null, rootId, -1, -1, false, null, rootScopes, rootScopes);
        boolean first = true;
        for (String text : lines) {
            if (text.isEmpty()) {
                out.add(new LineTokens(text, new int[0], new ScopeStack[0]));
                continue;
            }
            state.reset();
            OnigLine line = new OnigLine(text + "\n");
            Producer producer = new Producer();
            state = tokenizeString(line, first, 0, state, producer, true);
            producer.produce(state, line.text.length());
            first = false;
            out.add(producer.result(text.length()));
        }
        return out;
    }

    /** The state stack: the rules entered, innermost first, with their scopes and resolved end patterns. */
    static final class State {
        final State parent;
        final int rule;
        int enterPos;
        int anchorPos;
        final boolean beginRuleCapturedEOL;
        final String endRule;
        final ScopeStack nameScopes;
        final ScopeStack contentScopes;

        State(State parent, int rule, int enterPos, int anchorPos, boolean beginRuleCapturedEOL, String endRule,
                ScopeStack nameScopes, ScopeStack contentScopes) {
            this.parent = parent;
            this.rule = rule;
            this.enterPos = enterPos;
            this.anchorPos = anchorPos;
            this.beginRuleCapturedEOL = beginRuleCapturedEOL;
            this.endRule = endRule;
            this.nameScopes = nameScopes;
            this.contentScopes = contentScopes;
        }

        void reset() {
            for (State s = this; s != null; s = s.parent) {
                s.enterPos = -1;
                s.anchorPos = -1;
            }
        }

        State push(int rule, int enterPos, int anchorPos, boolean capturedEOL, String endRule, ScopeStack names,
                ScopeStack contents) {
            return new State(this, rule, enterPos, anchorPos, capturedEOL, endRule, names, contents);
        }

        State withContentScopes(ScopeStack contents) {
            return new State(parent, rule, enterPos, anchorPos, beginRuleCapturedEOL, endRule, nameScopes, contents);
        }

        State withEndRule(String end) {
            return new State(parent, rule, enterPos, anchorPos, beginRuleCapturedEOL, end, nameScopes, contentScopes);
        }

        State pop() {
            return parent;
        }

        State safePop() {
            return parent != null ? parent : this;
        }

        boolean hasSameRuleAs(State other) {
            for (State s = this; s != null && s.enterPos == other.enterPos; s = s.parent) {
                if (s.rule == other.rule) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Collects a line's tokens: each as far as the next produce, with the scopes it was produced with. */
    private static final class Producer {
        private final List<Integer> starts = new ArrayList<>();
        private final List<ScopeStack> scopes = new ArrayList<>();
        private int lastEnd;

        void produce(State state, int end) {
            produceFromScopes(state.contentScopes, end);
        }

        void produceFromScopes(ScopeStack s, int end) {
            if (lastEnd >= end) {
                return;
            }
            starts.add(lastEnd);
            scopes.add(s);
            lastEnd = end;
        }

        LineTokens result(int length) {
            List<Integer> st = new ArrayList<>();
            List<ScopeStack> sc = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                if (starts.get(i) < length) {
                    st.add(starts.get(i));
                    sc.add(scopes.get(i));
                }
            }
            return new LineTokens(null, st.stream().mapToInt(Integer::intValue).toArray(), sc.toArray(new ScopeStack[0]));
        }
    }

    private record Matched(int rule, int[] captures, boolean priority) {
    }

    private State tokenizeString(OnigLine line, boolean firstLine, int linePos, State stack, Producer producer,
            boolean checkWhile) {
        int lineLength = line.text.length();
        int anchorPosition = -1;
        boolean isFirstLine = firstLine;
        if (checkWhile) {
            // the while conditions of the rules entered, outermost first: the first that fails pops it and those in it
            anchorPosition = stack.beginRuleCapturedEOL ? 0 : -1;
            List<State> whiles = new ArrayList<>();
            for (State s = stack; s != null; s = s.pop()) {
                if (rule(s.rule) instanceof Rule.BeginWhile) {
                    whiles.add(s);
                }
            }
            for (int i = whiles.size() - 1; i >= 0; i--) {
                State w = whiles.get(i);
                Rule.BeginWhile rule = (Rule.BeginWhile) rule(w.rule);
                Scanner.Found r = rule.whileScanner(w.endRule, isFirstLine, linePos == anchorPosition).find(line, linePos);
                if (r == null || r.rule() != Rule.WHILE) {
                    stack = w.pop();
                    break;
                }
                producer.produce(w, r.start());
                captures(line, isFirstLine, w, producer, rule.whileCaptures, r.captures());
                producer.produce(w, r.end());
                anchorPosition = r.end();
                if (r.end() > linePos) {
                    linePos = r.end();
                    isFirstLine = false;
                }
            }
        }
        while (true) {
            Matched r = matchRuleOrInjections(line, isFirstLine, linePos, stack, anchorPosition);
            if (r == null) {
                producer.produce(stack, lineLength);
                return stack;
            }
            int[] c = r.captures();
            boolean advanced = c[1] > linePos;
            if (r.rule() == Rule.END) {
                Rule.BeginEnd popped = (Rule.BeginEnd) rule(stack.rule);
                producer.produce(stack, c[0]);
                stack = stack.withContentScopes(stack.nameScopes);
                captures(line, isFirstLine, stack, producer, popped.endCaptures, c);
                producer.produce(stack, c[1]);
                State before = stack;
                stack = stack.parent;
                anchorPosition = before.anchorPos;
                if (!advanced && before.enterPos == linePos) {
                    // pushed and popped without advancing: stay in the rule to the line's end
                    stack = before;
                    producer.produce(stack, lineLength);
                    return stack;
                }
            } else {
                Rule rule = rule(r.rule());
                producer.produce(stack, c[0]);
                State beforePush = stack;
                ScopeStack names = stack.contentScopes.push(rule.name(line.text, c), themes);
                stack = stack.push(r.rule(), linePos, anchorPosition, c[1] == lineLength, null, names, names);
                if (rule instanceof Rule.Begin begin) {
                    captures(line, isFirstLine, stack, producer, begin.beginCaptures, c);
                    producer.produce(stack, c[1]);
                    anchorPosition = c[1];
                    stack = stack.withContentScopes(names.push(begin.contentName(line.text, c), themes));
                    if (begin.closingHasBackReferences) {
                        stack = stack.withEndRule(begin.resolvedClosing(line.text, c));
                    }
                    if (!advanced && beforePush.hasSameRuleAs(stack)) {
                        stack = stack.pop();
                        producer.produce(stack, lineLength);
                        return stack;
                    }
                } else {
                    Rule.Match match = (Rule.Match) rule;
                    captures(line, isFirstLine, stack, producer, match.captures, c);
                    producer.produce(stack, c[1]);
                    stack = stack.pop();
                    if (!advanced) {
                        stack = stack.safePop();
                        producer.produce(stack, lineLength);
                        return stack;
                    }
                }
            }
            if (c[1] > linePos) {
                linePos = c[1];
                isFirstLine = false;
            }
        }
    }

    private Matched matchRuleOrInjections(OnigLine line, boolean isFirstLine, int linePos, State stack, int anchor) {
        Rule rule = rule(stack.rule);
        Scanner.Found own = rule.scanner(this, stack.endRule, isFirstLine, linePos == anchor).find(line, linePos);
        Matched match = own == null ? null : new Matched(own.rule(), own.captures(), false);
        if (injections.isEmpty()) {
            return match;
        }
        Matched injected = matchInjections(line, isFirstLine, linePos, stack, anchor);
        if (injected == null) {
            return match;
        }
        if (match == null) {
            return injected;
        }
        int ownStart = match.captures()[0];
        int injectedStart = injected.captures()[0];
        return injectedStart < ownStart || injected.priority() && injectedStart == ownStart ? injected : match;
    }

    private Matched matchInjections(OnigLine line, boolean isFirstLine, int linePos, State stack, int anchor) {
        int best = Integer.MAX_VALUE;
        Scanner.Found found = null;
        int priority = 0;
        List<String> scopes = stack.contentScopes.names();
        for (Injection injection : injections) {
            if (!injection.selector().matcher().test(scopes)) {
                continue;
            }
            Scanner.Found r = rule(injection.rule()).scanner(this, null, isFirstLine, linePos == anchor)
                    .find(line, linePos);
            if (r == null || r.start() >= best) {
                continue;
            }
            best = r.start();
            found = r;
            priority = injection.selector().priority();
            if (best == linePos) {
                break;
            }
        }
        return found == null ? null : new Matched(found.rule(), found.captures(), priority == -1);
    }

    private void captures(OnigLine line, boolean isFirstLine, State stack, Producer producer,
            List<Rule.Capture> captures, int[] c) {
        if (captures.isEmpty()) {
            return;
        }
        String text = line.text;
        int groups = c.length / 2;
        int len = Math.min(captures.size(), groups);
        int maxEnd = c[1];
        List<Object[]> local = new ArrayList<>(); // {ScopeStack, Integer endPos}
        for (int i = 0; i < len; i++) {
            Rule.Capture capture = captures.get(i);
            if (capture == null) {
                continue;
            }
            int start = c[2 * i];
            int end = c[2 * i + 1];
            if (start < 0 || end - start == 0) {
                continue;
            }
            if (start > maxEnd) {
                break;
            }
            while (!local.isEmpty() && (int) local.get(local.size() - 1)[1] <= start) {
                Object[] top = local.remove(local.size() - 1);
                producer.produceFromScopes((ScopeStack) top[0], (int) top[1]);
            }
            if (!local.isEmpty()) {
                producer.produceFromScopes((ScopeStack) local.get(local.size() - 1)[0], start);
            } else {
                producer.produce(stack, start);
            }
            if (capture.retokenize != 0) {
                ScopeStack names = stack.contentScopes.push(capture.name(text, c), themes);
                ScopeStack contents = names.push(capture.contentName(text, c), themes);
                State inner = stack.push(capture.retokenize, start, -1, false, null, names, contents);
                OnigLine sub = new OnigLine(text.substring(0, end));
                tokenizeString(sub, isFirstLine && start == 0, start, inner, producer, false);
                continue;
            }
            String name = capture.name(text, c);
            if (name != null) {
                ScopeStack base = local.isEmpty() ? stack.contentScopes
                        : (ScopeStack) local.get(local.size() - 1)[0];
                local.add(new Object[] {base.push(name, themes), end});
            }
        }
        while (!local.isEmpty()) {
            Object[] top = local.remove(local.size() - 1);
            producer.produceFromScopes((ScopeStack) top[0], (int) top[1]);
        }
    }
}
