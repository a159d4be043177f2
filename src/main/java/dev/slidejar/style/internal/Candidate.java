package dev.slidejar.style.internal;

import java.util.List;

/** A class token split into its variants (outermost first, as written) and the utility body they apply to. */
public record Candidate(String raw, List<Variant> variants, String body) {
    public Candidate {
        variants = List.copyOf(variants);
    }
}
