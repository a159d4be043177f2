package dev.slidejar.scaffold;

import dev.slidejar.diag.DeckException;
import dev.slidejar.diag.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Writes a starter deck into a new folder, as Slidev's {@code create-slidev} does: a short {@code slides.md}
 * (cover, a content slide, two columns, clicks, notes) valid for Slidejar and Slidev, {@code public/logo.svg} it
 * shows, a {@code .gitignore} for {@code dist/} and {@code .github/workflows/pages.yml}, which publishes the deck
 * on GitHub Pages. Configured once ({@link #standard()}), then {@link #write(Path)} may run any number of times.
 */
public final class DeckScaffolder {
    /** Where the templates live on the classpath. */
    public static final String RESOURCE_FOLDER = "/dev/slidejar/scaffold/";

    /** The workflow template's placeholders, replaced when the deck is written. */
    static final String REPOSITORY_PLACEHOLDER = "__SLIDEJAR_REPOSITORY__";
    static final String REF_PLACEHOLDER = "__SLIDEJAR_REF__";

    /** The POM's repository until Slidejar's real one is set there. */
    static final String UNSET_REPOSITORY = "OWNER/slidejar";

    /** A file of the scaffold: its template under {@link #RESOURCE_FOLDER}, and its path in the new deck. */
    public record Template(String resource, String path) {
    }

    /**
     * The scaffold's files. Templates are named without their leading dot, which Maven's resource copying
     * would skip ({@code .gitignore}) or which hides them ({@code .github}).
     */
    public static final List<Template> TEMPLATES = List.of(
            new Template("slides.md", "slides.md"),
            new Template("public/logo.svg", "public/logo.svg"),
            new Template("gitignore", ".gitignore"),
            new Template("github/workflows/pages.yml", ".github/workflows/pages.yml"));

    private final String repository;
    private final String ref;

    /**
     * @param repository owner/name of Slidejar's GitHub repository, which the deck's workflow builds Slidejar from
     * @param ref the branch, tag or commit of it to build
     */
    public DeckScaffolder(String repository, String ref) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.ref = Objects.requireNonNull(ref, "ref");
    }

    /** The scaffolder of this build of Slidejar: its repository and ref come from the POM. */
    public static DeckScaffolder standard() {
        Properties p = new Properties();
        try (InputStream in = DeckScaffolder.class.getResourceAsStream(RESOURCE_FOLDER + "scaffold.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DeckScaffolder(p.getProperty("repository", UNSET_REPOSITORY), p.getProperty("ref", "main"));
    }

    /** Whether the workflow will name a real repository of Slidejar, rather than the POM's placeholder. */
    public boolean knowsRepository() {
        return !repository.equals(UNSET_REPOSITORY);
    }

    /**
     * Writes the deck into {@code dir}, which must be missing or empty (a {@code .git} folder alone is allowed,
     * as in a freshly cloned repository); a folder with anything else in it is left untouched.
     *
     * @return the files written, as paths relative to {@code dir} with {@code /} separators
     * @throws DeckException when {@code dir} is not empty or cannot be written
     */
    public List<String> write(Path dir) {
        checkEmpty(dir);
        List<String> written = new ArrayList<>();
        for (Template t : TEMPLATES) {
            Path target = dir.resolve(t.path());
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, content(t), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new DeckException(Diagnostic.cannotWrite(target, e));
            }
            written.add(t.path());
        }
        return List.copyOf(written);
    }

    /** The bytes of a template as written into a deck: the workflow with Slidejar's repository and ref filled in. */
    byte[] content(Template t) {
        byte[] bytes = template(t.resource());
        if (!t.path().endsWith(".yml")) {
            return bytes;
        }
        return new String(bytes, StandardCharsets.UTF_8)
                .replace(REPOSITORY_PLACEHOLDER, repository)
                .replace(REF_PLACEHOLDER, ref)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A template as stored, placeholders and all. */
    public static byte[] template(String resource) {
        try (InputStream in = DeckScaffolder.class.getResourceAsStream(RESOURCE_FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("scaffold template missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkEmpty(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new DeckException(Diagnostic.error(null, "'" + dir + "' is a file, not a folder")
                    .withHint("name a new folder, e.g. slidejar new my-talk"));
        }
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(".git")).sorted().toList();
            if (!names.isEmpty()) {
                throw new DeckException(Diagnostic.error(null, "folder '" + dir + "' is not empty (it holds '"
                        + names.get(0) + "'" + (names.size() > 1 ? " and " + (names.size() - 1) + " more" : "")
                        + "); nothing was written")
                        .withHint("name a new or empty folder, e.g. slidejar new my-talk"));
            }
        } catch (IOException e) {
            throw new DeckException(Diagnostic.error(null, "cannot read folder '" + dir + "': " + e.getMessage()));
        }
    }
}
