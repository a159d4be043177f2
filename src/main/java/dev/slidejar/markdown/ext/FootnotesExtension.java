package dev.slidejar.markdown.ext;

import java.util.List;
import org.commonmark.node.Block;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.Parser;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Scanner;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.node.DefinitionMap;

/**
 * Footnotes as markdown-it-footnote reads them: {@code [^label]: text} definitions (continued by lines indented
 * four spaces, and lazily) and {@code [^label]} references to defined labels. Rendering, numbered by first
 * reference as that plugin numbers them, is {@link FootnotesHtml}'s job. Works the same with {@code mdc: true}
 * (where Slidev 53 loses footnotes).
 */
public final class FootnotesExtension implements Parser.ParserExtension {
    private FootnotesExtension() {
    }

    public static FootnotesExtension create() {
        return new FootnotesExtension();
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.customBlockParserFactory(new DefinitionStart());
        builder.linkProcessor(FootnotesExtension::reference);
    }

    private static LinkResult reference(LinkInfo info, Scanner scanner, InlineParserContext context) {
        if (info.marker() != null || info.destination() != null) {
            return LinkResult.none();
        }
        String text = info.text(scanner);
        if (!text.startsWith("^") || text.length() < 2) {
            return LinkResult.none();
        }
        if (info.label() != null && context.getDefinition(LinkReferenceDefinition.class, info.label()) != null) {
            return LinkResult.none();
        }
        String label = text.substring(1);
        if (context.getDefinition(FootnoteDefinition.class, label) == null) {
            return LinkResult.none();
        }
        return LinkResult.replaceWith(new FootnoteReference(label), info.afterTextBracket());
    }

    /** Recognizes {@code [^label]:} at the start of a line indented less than four spaces. */
    private static final class DefinitionStart extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int i = state.getNextNonSpaceIndex();
            if (i + 3 >= line.length() || line.charAt(i) != '[' || line.charAt(i + 1) != '^') {
                return BlockStart.none();
            }
            int labelStart = i + 2;
            for (int j = labelStart; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == ']') {
                    if (j == labelStart || j + 1 >= line.length() || line.charAt(j + 1) != ':') {
                        return BlockStart.none();
                    }
                    int content = j + 2;
                    while (content < line.length() && (line.charAt(content) == ' ' || line.charAt(content) == '\t')) {
                        content++;
                    }
                    String label = line.subSequence(labelStart, j).toString();
                    return BlockStart.of(new DefinitionParser(label)).atIndex(content);
                }
                if (Character.isWhitespace(c)) {
                    return BlockStart.none();
                }
            }
            return BlockStart.none();
        }
    }

    private static final class DefinitionParser extends AbstractBlockParser {
        private final FootnoteDefinition definition;

        DefinitionParser(String label) {
            definition = new FootnoteDefinition(label);
        }

        @Override
        public Block getBlock() {
            return definition;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block child) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.getIndent() >= 4) {
                return BlockContinue.atColumn(4);
            }
            if (state.isBlank()) {
                return BlockContinue.atIndex(state.getIndex());
            }
            return BlockContinue.none();
        }

        @Override
        public List<DefinitionMap<?>> getDefinitions() {
            DefinitionMap<FootnoteDefinition> map = new DefinitionMap<>(FootnoteDefinition.class);
            map.putIfAbsent(definition.getLabel(), definition);
            return List.of(map);
        }
    }
}
