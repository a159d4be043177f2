package dev.slidejar.markdown.ext;

import org.commonmark.node.CustomBlock;

/** A {@code ::name::} line: what follows goes to the layout's slot {@code name}. */
public final class SlotMarker extends CustomBlock {
    private final String slotName;

    public SlotMarker(String slotName) {
        this.slotName = slotName;
    }

    public String getSlotName() {
        return slotName;
    }
}
