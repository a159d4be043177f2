package dev.slidejar.cli;

import dev.slidejar.deck.Deck;
import dev.slidejar.deck.DeckJson;
import dev.slidejar.deck.DeckLoader;
import dev.slidejar.deck.Slide;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code slidejar parse [--json] [ENTRY]}: the deck model, as a table or as Slidev's parser JSON. */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Read a deck and print its slides (number, lines, layout, notes, title), or the model as JSON.")
final class ParseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EntryOption entry;

    @Option(names = "--json", description = "Print the deck model as JSON, as Slidev's parser makes it.")
    boolean json;

    @Override
    public Integer call() {
        Deck deck = DeckLoader.load(entry.path());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DiagnosticPrinter.print(err, deck.diagnostics());
        if (deck.hasErrors()) {
            return ErrorReporter.EXIT_FAILURE;
        }
        if (json) {
            out.print(DeckJson.toJson(deck));
        } else {
            printTable(out, deck);
        }
        out.flush();
        return 0;
    }

    private static void printTable(PrintWriter out, Deck deck) {
        out.printf("%4s  %-24s %-16s %-5s %s%n", "#", "lines", "layout", "notes", "title");
        for (Slide slide : deck.slides()) {
            var source = slide.source();
            String lines = source.file().displayPath() + ":" + (source.startLineIndex() + 1) + "-"
                    + source.endLineIndex();
            String layout = slide.layout() != null ? slide.layout() : slide.no() == 1 ? "cover" : "default";
            Object title = slide.title();
            out.printf("%4d  %-24s %-16s %-5s %s%n", slide.no(), lines, layout, slide.note() != null ? "yes" : "no",
                    title == null ? "" : title);
        }
        out.printf("%d slides%n", deck.slides().size());
    }
}
