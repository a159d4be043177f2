package dev.slidejar.style.internal;

import java.util.Map;

/** preset-wind3's preflight: the defaults of the {@code --un-*} variables that transforms, shadows and filters read. */
final class Preflight {
    private Preflight() {
    }

    static String css(Theme theme) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> e : theme.section("preflightBase").entrySet()) {
            body.append(e.getKey()).append(':').append(e.getValue()).append(';');
        }
        return "*,::before,::after{" + body + "}::backdrop{" + body + "}";
    }
}
