package dev.slidejar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.serve.DevSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The preview server in real Chromium: saving the deck updates the open page in place, keeping slide and click. */
class DevServerBrowserTest {
    @TempDir
    Path tmp;

    @Test
    void savedEditsShowInPlaceAndBadInputShowsAnOverlay() throws Exception {
        Path deck = tmp.resolve("deck");
        Files.createDirectories(deck);
        Path slides = deck.resolve("slides.md");
        Files.writeString(slides, "# One\n\n---\n\n# Two\n\n<div v-click id=\"a\">A</div>\n<div v-click id=\"b\">B</div>\n");
        List<Long> rebuilds = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (DevSession session = DevSession.start(slides, "127.0.0.1", 0, null, d -> { }, rebuilds::add);
                Browser browser = Browser.serving(tmp)) {
            var driver = browser.driver();
            // the page swaps the slide's content in place: an element found a moment ago may be gone
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            driver.get("http://127.0.0.1:" + session.server().port() + "/2?clicks=1");
            wait.until(d -> ((JavascriptExecutor) d).executeScript(
                    "return document.documentElement.classList.contains('slidejar-ready')").equals(true));
            wait.until(d -> session.server().listeners() > 0);
            ((JavascriptExecutor) driver).executeScript("window.__marker = 'still here';");

            Files.writeString(slides, "# One\n\n---\n\n# Two, edited\n\n<div v-click id=\"a\">A</div>\n"
                    + "<div v-click id=\"b\">B</div>\n");
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Two, edited"));
            assertThat(((JavascriptExecutor) driver).executeScript("return window.__marker")).as("no reload")
                    .isEqualTo("still here");
            assertThat(driver.findElement(By.id("a")).getAttribute("class")).doesNotContain("slidev-vclick-hidden");
            assertThat(driver.findElement(By.id("b")).getAttribute("class")).contains("slidev-vclick-hidden");
            assertThat(driver.getCurrentUrl()).endsWith("/2?clicks=1");

            Files.writeString(slides, "---\nlayout: [broken\n---\n\n# One\n");
            wait.until(d -> !d.findElements(By.cssSelector(".slidejar-error-overlay")).isEmpty());
            assertThat(driver.findElement(By.cssSelector(".slidejar-error-overlay")).getText())
                    .contains("slides.md:2:").contains("invalid YAML");

            Files.writeString(slides, "# One\n\n---\n\n# Two, fixed\n");
            wait.until(d -> d.findElements(By.cssSelector(".slidejar-error-overlay")).isEmpty());
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Two, fixed"));
            assertThat(((JavascriptExecutor) driver).executeScript("return window.__marker")).isEqualTo("still here");
            assertThat(rebuilds).isNotEmpty();
        }
    }

    @Test
    void importsFromOutsideTheDeckFolderAreWatchedToo() throws Exception {
        Path deck = tmp.resolve("deck");
        Path shared = tmp.resolve("shared");
        Files.createDirectories(deck);
        Files.createDirectories(shared);
        Files.writeString(shared.resolve("part.md"), "# Shared part\n");
        Files.writeString(deck.resolve("slides.md"), "# One\n\n---\nsrc: ../shared/part.md\n---\n");
        List<Long> rebuilds = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (DevSession session = DevSession.start(deck.resolve("slides.md"), "127.0.0.1", 0, null, d -> { },
                rebuilds::add)) {
            Files.writeString(shared.resolve("part.md"), "# Shared part, edited\n");
            long until = System.currentTimeMillis() + 10_000;
            while (rebuilds.isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertThat(rebuilds).as("a rebuild after the imported file changed").isNotEmpty();
            assertThat(new String(session.server().site().read("2/index.html").orElseThrow(),
                    java.nio.charset.StandardCharsets.UTF_8)).contains("Shared part, edited");
        }
    }
}
