package dev.slidejar.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.cli.SlidejarCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import picocli.CommandLine;

/**
 * The two GitHub Pages workflows: the repository's own (the example deck) and the one {@code slidejar new} writes.
 * Both are read as YAML and checked for what Pages needs; then their build step is run here, as a user runs it.
 */
class PagesWorkflowTest {
    static final String BASE = "--base /${{ github.event.repository.name }}/";

    /** The repository's workflow, the scaffold's template, and the workflow a new deck gets. */
    static Stream<Arguments> workflows() throws IOException {
        DeckScaffolder scaffolder = new DeckScaffolder("someone/slidejar", "v1.2.3");
        DeckScaffolder.Template template = DeckScaffolder.TEMPLATES.stream()
                .filter(t -> t.path().equals(".github/workflows/pages.yml")).findFirst().orElseThrow();
        return Stream.of(
                Arguments.of("repository", Files.readString(Path.of(".github/workflows/pages.yml"))),
                Arguments.of("scaffold template", new String(DeckScaffolder.template(template.resource()),
                        StandardCharsets.UTF_8)),
                Arguments.of("new deck", new String(scaffolder.content(template), StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workflows")
    void publishesOnPushWithPagesPermissions(String name, String yaml) {
        Map<String, Object> wf = map(new Load(LoadSettings.builder().build()).loadFromString(yaml));
        assertThat(map(wf.get("on"))).containsKey("push");
        assertThat(map(map(wf.get("on")).get("push")).get("branches")).isEqualTo(List.of("main"));
        assertThat(map(wf.get("permissions"))).containsEntry("pages", "write").containsEntry("id-token", "write")
                .containsEntry("contents", "read");
        assertThat(map(wf.get("concurrency"))).containsEntry("group", "pages");

        Map<String, Object> jobs = map(wf.get("jobs"));
        assertThat(jobs).containsOnlyKeys("build", "deploy");
        Map<String, Object> deploy = map(jobs.get("deploy"));
        assertThat(deploy.get("needs")).isEqualTo("build");
        assertThat(map(deploy.get("environment"))).containsEntry("name", "github-pages");
        assertThat(uses(steps(deploy))).containsExactly("actions/deploy-pages");

        List<Map<String, Object>> build = steps(map(jobs.get("build")));
        assertThat(uses(build)).contains("actions/checkout", "actions/setup-java", "actions/configure-pages",
                "actions/upload-pages-artifact");
        Map<String, Object> java = step(build, "actions/setup-java");
        assertThat(map(java.get("with"))).containsEntry("distribution", "temurin").containsEntry("java-version", "17")
                .containsEntry("cache", "maven");
        String command = buildCommand(build);
        assertThat(command).contains(BASE).startsWith("java -jar ");
        assertThat(uploadPath(build)).isEqualTo(outputOf(command));
    }

    @Test
    void newDeckWorkflowNamesSlidejarsRepositoryAndRef() {
        String yaml = new String(new DeckScaffolder("someone/slidejar", "v1.2.3").content(
                new DeckScaffolder.Template("github/workflows/pages.yml", ".github/workflows/pages.yml")),
                StandardCharsets.UTF_8);
        Map<String, Object> wf = map(new Load(LoadSettings.builder().build()).loadFromString(yaml));
        assertThat(map(wf.get("env"))).containsEntry("SLIDEJAR_REPOSITORY", "someone/slidejar")
                .containsEntry("SLIDEJAR_REF", "v1.2.3");
        assertThat(yaml).doesNotContain("__SLIDEJAR_");
        Map<String, Object> checkout = steps(map(map(wf.get("jobs")).get("build"))).stream()
                .filter(s -> s.get("with") != null && map(s.get("with")).containsKey("repository")).findFirst()
                .orElseThrow();
        assertThat(map(checkout.get("with"))).containsEntry("repository", "${{ env.SLIDEJAR_REPOSITORY }}")
                .containsEntry("ref", "${{ env.SLIDEJAR_REF }}").containsEntry("path", ".slidejar");
        assertThat(buildCommand(steps(map(map(wf.get("jobs")).get("build")))))
                .startsWith("java -jar .slidejar/target/slidejar.jar build ");
    }

    @Test
    void thePlaceholderRepositoryIsKnownAsSuch() {
        assertThat(new DeckScaffolder(DeckScaffolder.UNSET_REPOSITORY, "main").knowsRepository()).isFalse();
        assertThat(new DeckScaffolder("someone/slidejar", "main").knowsRepository()).isTrue();
    }

    /** The build step of each workflow, run in-process where it would run: the upload path then holds the site. */
    @Nested
    class BuildStepRuns {
        @TempDir
        Path workspace;

        @Test
        void repositoryWorkflowBuildsTheExampleDeck() throws IOException {
            copyTree(Path.of("slides"), workspace.resolve("slides"));
            runBuildStep(Files.readString(Path.of(".github/workflows/pages.yml")), "target/slidejar.jar");
        }

        @Test
        void newDeckWorkflowBuildsTheNewDeck() throws IOException {
            new DeckScaffolder("someone/slidejar", "main").write(workspace);
            runBuildStep(Files.readString(workspace.resolve(".github/workflows/pages.yml")),
                    ".slidejar/target/slidejar.jar");
        }

        private void runBuildStep(String yaml, String jar) throws IOException {
            Map<String, Object> wf = map(new Load(LoadSettings.builder().build()).loadFromString(yaml));
            List<Map<String, Object>> build = steps(map(map(wf.get("jobs")).get("build")));
            String command = buildCommand(build).replace("${{ github.event.repository.name }}", "deck-repo");
            assertThat(command).startsWith("java -jar " + jar + " build ");
            List<String> args = new ArrayList<>(Arrays.asList(command.substring(("java -jar " + jar + " ").length())
                    .trim().split("\\s+")));
            args.set(1, workspace.resolve(args.get(1)).toString());   // the entry, relative to the workspace
            CommandLine cl = SlidejarCommand.commandLine();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(new StringWriter(), true));
            cl.setErr(new PrintWriter(err, true));
            assertThat(cl.execute(args.toArray(String[]::new))).as(err.toString()).isZero();
            Path site = workspace.resolve(uploadPath(build));
            assertThat(site.resolve("index.html")).isRegularFile();
            assertThat(site.resolve("2/index.html")).isRegularFile();
            assertThat(Files.readString(site.resolve("404.html"))).contains("href=\"/deck-repo/index.html\"");
        }
    }

    /** The run line that builds the deck: {@code java -jar … build ENTRY --base … --out DIR}. */
    static String buildCommand(List<Map<String, Object>> steps) {
        List<String> runs = steps.stream().map(s -> (String) s.get("run")).filter(Objects::nonNull)
                .filter(r -> r.contains(" build ")).toList();
        assertThat(runs).hasSize(1);
        return runs.get(0).trim();
    }

    /** Where the build command writes: {@code --out}, relative to the entry's folder as in Slidev. */
    static String outputOf(String command) {
        List<String> words = Arrays.asList(command.split("\\s+"));
        Path entry = Path.of(words.get(words.indexOf("build") + 1));
        String out = words.get(words.indexOf("--out") + 1);
        Path folder = entry.getParent() == null ? Path.of("") : entry.getParent();
        return folder.resolve(out).normalize().toString().replace('\\', '/');
    }

    static String uploadPath(List<Map<String, Object>> steps) {
        return (String) map(step(steps, "actions/upload-pages-artifact").get("with")).get("path");
    }

    static Map<String, Object> step(List<Map<String, Object>> steps, String action) {
        return steps.stream().filter(s -> action.equals(action(s))).findFirst().orElseThrow();
    }

    static List<String> uses(List<Map<String, Object>> steps) {
        return steps.stream().map(PagesWorkflowTest::action).filter(Objects::nonNull).toList();
    }

    private static String action(Map<String, Object> step) {
        Object uses = step.get("uses");
        return uses == null ? null : uses.toString().replaceFirst("@.*", "");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.get("steps");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path relative = from.relativize(f);
                if (relative.startsWith("dist")) {
                    continue;   // a site built earlier in the working tree
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }
}
