package dev.slidejar.deck.internal;

import dev.slidejar.js.JsNumber;
import dev.slidejar.js.JsObject;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a {@link YamlNode} tree into the values {@code doc.toJSON()} of the npm {@code yaml} package gives
 * (YAML 1.2 core schema): maps with string keys, lists, strings, numbers, booleans, null. Like that package it
 * counts alias expansions and refuses a document whose aliases multiply past 100 ("billion laughs").
 * Problems that do not stop the conversion (a duplicate key, an unknown tag) are collected as warnings.
 */
public final class YamlToJs {
    static final int MAX_ALIAS_COUNT = 100;

    private static final String TAG = "tag:yaml.org,2002:";
    /** The first characters of every null, bool, int and float form of the core schema. */
    private static final String SCALAR_STARTS = "~nNtTfF+-.0123456789";
    private static final Pattern NULL = Pattern.compile("~|[Nn]ull|NULL|");
    private static final Pattern TRUE = Pattern.compile("[Tt]rue|TRUE");
    private static final Pattern FALSE = Pattern.compile("[Ff]alse|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern OCT = Pattern.compile("0o[0-7]+");
    private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
    private static final Pattern FLOAT_NAN = Pattern.compile("\\.(?:nan|NaN|NAN)");
    private static final Pattern FLOAT_INF = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)");
    private static final Pattern FLOAT_EXP = Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)[eE][-+]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9]+\\.[0-9]*)");
    /** A tag's resolver found the value does not fit the tag. */
    private static final Object UNRESOLVED = new Object();

    /** What the npm package keeps per anchored node while converting. */
    private static final class AnchorData {
        Object value;
        int count = 1;
        long aliasCount;
    }

    private final Map<YamlNode, AnchorData> anchors = new IdentityHashMap<>();
    private final List<YamlProblem> warnings = new ArrayList<>();

    public static Object convert(YamlNode root, List<YamlProblem> warningsOut) {
        YamlToJs converter = new YamlToJs();
        Object value = converter.toJs(root);
        warningsOut.addAll(converter.warnings);
        return value;
    }

    private Object toJs(YamlNode node) {
        if (node instanceof YamlNode.Alias alias) {
            return resolve(alias);
        }
        AnchorData data = null;
        if (node.anchor() != null) {
            data = new AnchorData();
            anchors.put(node, data);
        }
        Object value;
        if (node instanceof YamlNode.Scalar scalar) {
            value = scalar(scalar);
        } else if (node instanceof YamlNode.Sequence seq) {
            List<Object> list = new ArrayList<>(seq.items().size());
            for (YamlNode item : seq.items()) {
                list.add(toJs(item));
            }
            value = Collections.unmodifiableList(list);
        } else {
            value = mapping((YamlNode.Mapping) node);
        }
        if (data != null) {
            data.value = value;
        }
        return value;
    }

    private Object resolve(YamlNode.Alias alias) {
        AnchorData data = anchors.get(alias.target());
        if (data == null) {
            throw new YamlProblem("Unresolved alias: " + alias.name(), alias.line(), alias.column());
        }
        data.count++;
        if (data.aliasCount == 0) {
            data.aliasCount = aliasCount(alias.target());
        }
        if (data.count * data.aliasCount > MAX_ALIAS_COUNT) {
            throw new YamlProblem("Excessive alias count indicates a resource exhaustion attack (more than "
                    + MAX_ALIAS_COUNT + " alias expansions)", alias.line(), alias.column());
        }
        return data.value;
    }

    /** How many values one expansion of {@code node} stands for, as the npm package estimates it. */
    private long aliasCount(YamlNode node) {
        if (node instanceof YamlNode.Alias alias) {
            AnchorData data = anchors.get(alias.target());
            return data == null ? 0 : data.count * data.aliasCount;
        }
        List<YamlNode> children = node instanceof YamlNode.Sequence s ? s.items()
                : node instanceof YamlNode.Mapping m ? m.entries() : null;
        if (children == null) {
            return 1;
        }
        long max = 0;
        for (YamlNode child : children) {
            max = Math.max(max, aliasCount(child));
        }
        return max;
    }

    private Map<String, Object> mapping(YamlNode.Mapping map) {
        LinkedHashMap<String, Object> out = new LinkedHashMap<>();
        List<YamlNode> entries = map.entries();
        for (int i = 0; i + 1 < entries.size(); i += 2) {
            YamlNode keyNode = entries.get(i);
            Object jsKey = toJs(keyNode);
            String key = keyString(keyNode, jsKey);
            Object value = toJs(entries.get(i + 1));
            if (out.containsKey(key)) {
                warnings.add(new YamlProblem("Map keys must be unique: '" + key + "' (the last value wins)",
                        keyNode.line(), keyNode.column()));
            }
            out.put(key, value);
        }
        return JsObject.ordered(out);
    }

    private String keyString(YamlNode keyNode, Object jsKey) {
        if (jsKey == null) {
            return "";
        }
        if (jsKey instanceof Number n) {
            return JsNumber.toString(n);
        }
        if (jsKey instanceof String || jsKey instanceof Boolean) {
            return jsKey.toString();
        }
        warnings.add(new YamlProblem("A collection used as a mapping key is turned into a string",
                keyNode.line(), keyNode.column()));
        return dev.slidejar.js.Json.stringify(jsKey).replaceAll("\\s*\\n\\s*", "");
    }

    private Object scalar(YamlNode.Scalar s) {
        String v = s.value();
        String tag = s.tag();
        if (tag == null) {
            return s.plain() ? implicit(v) : v;
        }
        String kind = tag.startsWith(TAG) ? tag.substring(TAG.length()) : tag;
        if (kind.equals("str")) {
            return v;
        }
        Object resolved = switch (kind) {
            case "null" -> NULL.matcher(v).matches() ? null : UNRESOLVED;
            case "bool" -> bool(v);
            case "int" -> integer(v);
            case "float" -> floating(v);
            default -> UNRESOLVED;
        };
        if (resolved == UNRESOLVED) {
            warnings.add(new YamlProblem("Unresolved tag: " + tag + " (the value stays a string)", s.line(),
                    s.column()));
            return v;
        }
        return resolved;
    }

    /** The core schema's resolution of an untagged plain scalar: null, bool, int, float, else the string. */
    static Object implicit(String v) {
        if (!v.isEmpty() && SCALAR_STARTS.indexOf(v.charAt(0)) < 0) {
            return v; // most strings: no core-schema form starts with their first character
        }
        if (NULL.matcher(v).matches()) {
            return null;
        }
        for (Object resolved : new Object[] {bool(v), integer(v), floating(v)}) {
            if (resolved != UNRESOLVED) {
                return resolved;
            }
        }
        return v;
    }

    private static Object bool(String v) {
        if (TRUE.matcher(v).matches()) {
            return Boolean.TRUE;
        }
        return FALSE.matcher(v).matches() ? Boolean.FALSE : UNRESOLVED;
    }

    private static Object integer(String v) {
        if (OCT.matcher(v).matches()) {
            return JsNumber.of(new BigInteger(v.substring(2), 8).doubleValue());
        }
        if (INT.matcher(v).matches()) {
            return JsNumber.of(new BigInteger(v.startsWith("+") ? v.substring(1) : v).doubleValue());
        }
        if (HEX.matcher(v).matches()) {
            return JsNumber.of(new BigInteger(v.substring(2), 16).doubleValue());
        }
        return UNRESOLVED;
    }

    private static Object floating(String v) {
        if (FLOAT_NAN.matcher(v).matches()) {
            return Double.NaN;
        }
        if (FLOAT_INF.matcher(v).matches()) {
            return v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (FLOAT_EXP.matcher(v).matches() || FLOAT.matcher(v).matches()) {
            return JsNumber.of(Double.parseDouble(v));
        }
        return UNRESOLVED;
    }
}
