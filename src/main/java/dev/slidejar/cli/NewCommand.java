package dev.slidejar.cli;

import dev.slidejar.deck.SourceFile;
import dev.slidejar.scaffold.DeckScaffolder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code slidejar new [DIR]}: a starter deck, ready to publish on GitHub Pages (Slidev's {@code create-slidev}). */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a starter deck in a new folder: slides.md, public/, .gitignore and a GitHub "
                + "Actions workflow that publishes the deck on GitHub Pages.",
                "Refuses a folder that is not empty (a .git folder alone is fine)."})
final class NewCommand implements Callable<Integer> {
    static final String DEFAULT_DIR = "slides-deck";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = DEFAULT_DIR,
            description = "The folder to create the deck in (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
        DeckScaffolder scaffolder = DeckScaffolder.standard();
        List<String> files = scaffolder.write(dir);
        PrintWriter o = spec.commandLine().getOut();
        Path shown = SourceFile.userPath(dir);
        o.printf("Created a deck in %s:%n", shown);
        files.forEach(f -> o.printf("  %s%n", f));
        o.printf("%nNext:%n");
        o.printf("  cd %s%n", shown);
        o.printf("  slidejar build          # the site, in dist/%n");
        o.printf("  git init -b main && git add . && git commit -m slides   # push to GitHub, then choose%n");
        o.printf("                          # Settings > Pages > Source: GitHub Actions%n");
        if (!scaffolder.knowsRepository()) {
            o.printf("%nnote: this build of Slidejar does not know its GitHub repository: set SLIDEJAR_REPOSITORY"
                    + " in .github/workflows/pages.yml (owner/name) before pushing.%n");
        }
        o.flush();
        return 0;
    }
}
