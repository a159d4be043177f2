package dev.slidejar.deck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slidejar.TestDecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every deck with a {@code parse.json} (the shared real decks and our golden cases) must load to exactly that
 * model: the one Slidev 53's parser makes. New decks dropped into those folders are picked up as they are.
 */
class DeckModelGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> sharedDecks() throws IOException {
        List<Path> decks = TestDecks.decksWithModel(TestDecks.shared().resolve("decks"));
        assertThat(decks).as("shared decks with parse.json").isNotEmpty();
        return decks.stream().map(d -> DynamicTest.dynamicTest("shared/" + d.getFileName(), () -> check(d)));
    }

    @TestFactory
    Stream<DynamicTest> goldenCases() throws IOException {
        List<Path> cases = TestDecks.decksWithModel(TestDecks.goldenParseCases());
        assertThat(cases).as("golden cases").hasSizeGreaterThanOrEqualTo(10);
        return cases.stream().map(d -> DynamicTest.dynamicTest("golden/" + d.getFileName(), () -> check(d)));
    }

    @org.junit.jupiter.api.Test
    void exampleDeckInSlidesFolder() throws IOException {
        check(Path.of("slides"), Path.of("src/test/resources/example/parse.json"));
    }

    private static void check(Path deckDir) throws IOException {
        check(deckDir, deckDir.resolve("parse.json"));
    }

    private static void check(Path deckDir, Path expectedJson) throws IOException {
        String expectedText = Files.readString(expectedJson, StandardCharsets.UTF_8);
        Deck deck = DeckLoader.load(deckDir.resolve("slides.md"));
        assertThat(deck.diagnostics().stream().filter(d -> d.isError()).toList()).as("errors").isEmpty();
        String actualText = DeckJson.toJson(deck);

        JsonNode expected = JSON.readTree(expectedText);
        JsonNode actual = JSON.readTree(actualText);
        List<String> problems = new ArrayList<>();
        if (!expected.get("headmatter").equals(actual.get("headmatter"))) {
            problems.add("headmatter:\n  expected " + expected.get("headmatter") + "\n  actual   "
                    + actual.get("headmatter"));
        }
        JsonNode es = expected.get("slides");
        JsonNode as = actual.get("slides");
        if (es.size() != as.size()) {
            problems.add("slide count: expected " + es.size() + ", actual " + as.size());
        }
        for (int i = 0; i < Math.min(es.size(), as.size()); i++) {
            diffSlide(i + 1, es.get(i), as.get(i), problems);
        }
        if (!problems.isEmpty()) {
            fail(deckDir.toAbsolutePath().normalize().getFileName() + " differs from Slidev's model:\n" + String.join("\n", problems));
        }
        assertThat(actualText).as("the JSON text, byte for byte (key order, number format)").isEqualTo(expectedText);
    }

    private static void diffSlide(int no, JsonNode expected, JsonNode actual, List<String> problems) {
        Iterator<String> fields = expected.fieldNames();
        while (fields.hasNext()) {
            String field = fields.next();
            JsonNode e = expected.get(field);
            JsonNode a = actual.get(field);
            if (!e.equals(a)) {
                problems.add("slide " + no + " " + field + ":\n  expected " + e + "\n  actual   " + a);
            }
        }
    }
}
