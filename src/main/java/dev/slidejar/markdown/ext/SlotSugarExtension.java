package dev.slidejar.markdown.ext;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.parser.Parser;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Slidev's slot sugar: a line {@code ::right::} (not indented; it may interrupt a paragraph) becomes a
 * {@link SlotMarker}. The renderer splits the slide's blocks at the markers.
 */
public final class SlotSugarExtension implements Parser.ParserExtension {
    private static final Pattern MARKER = Pattern.compile("^::\\s*([\\w.\\-:]+)\\s*::\\s*$");

    private SlotSugarExtension() {
    }

    public static SlotSugarExtension create() {
        return new SlotSugarExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new Factory());
    }

    private static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() > 0) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher m = MARKER.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
            if (!m.matches()) {
                return BlockStart.none();
            }
            return BlockStart.of(new MarkerParser(m.group(1))).atIndex(line.length());
        }
    }

    private static final class MarkerParser extends AbstractBlockParser {
        private final SlotMarker marker;

        MarkerParser(String name) {
            marker = new SlotMarker(name);
        }

        @Override
        public Block getBlock() {
            return marker;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }
    }
}
