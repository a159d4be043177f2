package dev.slidejar.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.slidejar.serve.DevServer;
import dev.slidejar.serve.DevSession;
import dev.slidejar.serve.StartSnapshot;
import dev.slidejar.site.Site;
import dev.slidejar.site.SiteBuilder;
import dev.slidejar.site.SiteWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
        Path slides = slides("# One\n\n---\n\n# Two\n\n<div v-click id=\"a\">A</div>\n<div v-click id=\"b\">B</div>\n");
        List<Long> rebuilds = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (DevSession session = DevSession.start(slides, "127.0.0.1", 0, null, null, d -> { }, rebuilds::add);
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

    /**
     * A start with a snapshot whose slide 2 differs from what the render makes (as after an upgrade): the page is
     * served from the snapshot at once, then shows the render's slide without reloading.
     */
    @Test
    void aPageServedFromAStartSnapshotTakesTheRendersSlideInPlace() throws Exception {
        Path slides = slides("# One\n\n---\n\n# Two\n");
        Path snapshots = tmp.resolve("snapshots");
        Site site = SiteBuilder.builder().build().render(slides);
        Map<String, SiteWriter.Content> files = new LinkedHashMap<>(site.files());
        String two = new String(((SiteWriter.Bytes) files.get("2/index.html")).data(), StandardCharsets.UTF_8);
        files.put("2/index.html", new SiteWriter.Bytes(two.replace("<h1>Two</h1>", "<h1>Stale</h1>")
                .getBytes(StandardCharsets.UTF_8)));
        StartSnapshot.save(snapshots, slides, List.of(slides.getParent()), new Site(site.deck(), site.config(), files,
                site.directories(), List.of()), Long.MAX_VALUE);
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        CompletableFuture<DevSession> started = null;
        try (Browser browser = Browser.serving(tmp)) {
            var driver = browser.driver();
            // what the page held when it was parsed, and how often it was loaded
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "sessionStorage.loads = (+sessionStorage.loads || 0) + 1;"
                    + "document.addEventListener('DOMContentLoaded', function () {"
                    + "  window.__first = document.querySelector('h1').textContent; });"));
            started = CompletableFuture.supplyAsync(() -> {
                try {
                    return DevSession.start(slides, "127.0.0.1", port, null, new DevServer.Snapshots(snapshots, true),
                            d -> { }, ms -> { });
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (true) {
                driver.get("http://127.0.0.1:" + port + "/2");
                if (driver.findElements(By.cssSelector(".slidev-page")).size() > 0 || System.nanoTime() > deadline) {
                    break; // the server listens
                }
                Thread.sleep(20);
            }
            ((JavascriptExecutor) driver).executeScript("sessionStorage.loads = 1;");
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Two"));
            assertThat(((JavascriptExecutor) driver).executeScript("return window.__first")).isEqualTo("Stale");
            assertThat(((JavascriptExecutor) driver).executeScript("return sessionStorage.loads")).as("no reload")
                    .isEqualTo("1");
        } finally {
            if (started != null) {
                started.get(30, java.util.concurrent.TimeUnit.SECONDS).close();
            }
        }
    }

    /**
     * Two browsers, as a laptop and a phone: nothing links them but the server. The presenter view in one drives
     * the slides in the other only with the {@code --remote} password; the audience cannot drive the presenter.
     */
    @Test
    void aPresenterOnOneDeviceDrivesAnotherOnlyWithThePassword() throws Exception {
        Path slides = slides("# One\n\n---\n\n# Two\n\n<div v-click id=\"a\">A</div>\n<div v-click id=\"b\">B</div>\n"
                + "\n---\n\n# Three\n");
        try (DevSession session = DevSession.start(slides, "127.0.0.1", 0, "s3cret", null, d -> { }, ms -> { });
                Browser laptop = Browser.serving(tmp);
                Browser phone = Browser.serving(tmp)) {
            String base = "http://127.0.0.1:" + session.server().port() + "/";
            var presenter = laptop.driver();
            var audience = phone.driver();
            var wait = new WebDriverWait(audience, Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class);
            audience.get(base + "1");
            wait.until(d -> session.server().listeners() >= 1);
            presenter.get(base + "presenter/1/");
            wait.until(d -> session.server().listeners() >= 2);

            // the presenter view asks for the password at once (its first report of where it is was refused)
            var alerts = new WebDriverWait(presenter, Duration.ofSeconds(10));
            alerts.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).dismiss();
            // a wrong password: the server refuses the move (the page asks again), the audience stays
            presenter.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
            var ask = alerts.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent());
            assertThat(ask.getText()).contains("Password");
            ask.sendKeys("guess");
            ask.accept();
            alerts.until(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).dismiss();
            Thread.sleep(500);
            assertThat(audience.getCurrentUrl()).isEqualTo(base + "1");

            // the password: the audience follows to where the presenter is (slide 2, its first click)
            ((JavascriptExecutor) presenter).executeScript("sessionStorage.setItem('slidejar-token', 's3cret')");
            presenter.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
            wait.until(d -> d.getCurrentUrl().startsWith(base + "2"));
            wait.until(d -> d.findElement(By.tagName("h1")).getText().equals("Two"));
            wait.until(d -> !d.findElement(By.id("a")).getAttribute("class").contains("slidev-vclick-hidden"));
            assertThat(audience.findElement(By.id("b")).getAttribute("class")).contains("slidev-vclick-hidden");
            // the next click is shown in place
            wait.until(d -> session.server().listeners() >= 2);
            ((JavascriptExecutor) audience).executeScript("window.__marker = 'same page';");
            presenter.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
            wait.until(d -> !d.findElement(By.id("b")).getAttribute("class").contains("slidev-vclick-hidden"));
            assertThat(((JavascriptExecutor) audience).executeScript("return window.__marker")).isEqualTo("same page");

            // the audience's own keys move only its own page
            audience.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
            wait.until(d -> d.getCurrentUrl().startsWith(base + "3"));
            Thread.sleep(500);
            assertThat(presenter.getCurrentUrl()).contains("/presenter/2/").contains("clicks=2");
        }
    }

    /** A picture saved anew under its name shows at once, in place (Slidev's Vite reloads it too). */
    @Test
    void aPictureSavedAnewShowsInPlace() throws Exception {
        Path slides = slides("# One\n\n<img id=\"p\" src=\"./img/a.png\">\n");
        Path deck = slides.getParent();
        Files.createDirectories(deck.resolve("img"));
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB),
                "png", deck.resolve("img/a.png").toFile());
        try (DevSession session = DevSession.start(slides, "127.0.0.1", 0, null, null, d -> { }, ms -> { });
                Browser browser = Browser.serving(tmp)) {
            var driver = browser.driver();
            var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
            driver.get("http://127.0.0.1:" + session.server().port() + "/1");
            wait.until(d -> ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('p').naturalWidth").equals(10L));
            wait.until(d -> session.server().listeners() > 0);
            ((JavascriptExecutor) driver).executeScript("window.__marker = 'still here';");
            Path next = tmp.resolve("b.png");
            javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(20, 10,
                    java.awt.image.BufferedImage.TYPE_INT_RGB), "png", next.toFile());
            Files.move(next, deck.resolve("img/a.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            wait.until(d -> ((JavascriptExecutor) d).executeScript(
                    "return document.getElementById('p').naturalWidth").equals(20L));
            assertThat(((JavascriptExecutor) driver).executeScript("return window.__marker")).as("no reload")
                    .isEqualTo("still here");
        }
    }

    /** The presenter URL the terminal prints carries the password ({@code ?password=}, as Slidev's): no prompt. */
    @Test
    void aPresenterOpenedWithThePasswordInItsUrlDrivesWithoutAsking() throws Exception {
        Path slides = slides("# One\n\n---\n\n# Two\n");
        try (DevSession session = DevSession.start(slides, "127.0.0.1", 0, "s3 cret&", null, d -> { }, ms -> { });
                Browser laptop = Browser.serving(tmp);
                Browser phone = Browser.serving(tmp)) {
            String base = "http://127.0.0.1:" + session.server().port() + "/";
            var audience = phone.driver();
            var wait = new WebDriverWait(audience, Duration.ofSeconds(15))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.NoSuchElementException.class);
            audience.get(base + "1");
            wait.until(d -> session.server().listeners() >= 1);
            var presenter = laptop.driver();
            presenter.get(base + "presenter/1/?password=s3%20cret%26");
            wait.until(d -> session.server().listeners() >= 2);
            presenter.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
            wait.until(d -> d.getCurrentUrl().startsWith(base + "2"));
            assertThatThrownBy(() -> presenter.switchTo().alert()).as("no password asked for")
                    .isInstanceOf(org.openqa.selenium.NoAlertPresentException.class);
        }
    }

    @Test
    void anImportFromAnotherFolderAddedWhileServingIsWatchedFromThenOn() throws Exception {
        Path entry = deckBesideShared("# One\n");
        Path shared = tmp.resolve("shared");
        try (DevSession session = DevSession.start(entry, "127.0.0.1", 0, null, null, d -> { }, ms -> { })) {
            Files.writeString(entry, "# One\n\n---\nsrc: ../shared/part.md\n---\n");
            long until = System.currentTimeMillis() + 10_000;
            while (!session.server().site().files().containsKey("2/index.html")
                    && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertThat(session.server().site().files()).as("the import added").containsKey("2/index.html");
            // edited until the server shows it: the folder is watched once the rebuild that found it is done
            for (int edit = 1; !text(session, "2/index.html").contains("edited") && System.currentTimeMillis() < until;
                    edit++) {
                Files.writeString(shared.resolve("part.md"), "# Shared part, edited " + edit + "\n");
                Thread.sleep(300);
            }
            assertThat(text(session, "2/index.html")).contains("Shared part, edited");
        }
    }

    @Test
    void importsFromOutsideTheDeckFolderAreWatchedToo() throws Exception {
        Path entry = deckBesideShared("# One\n\n---\nsrc: ../shared/part.md\n---\n");
        Path shared = tmp.resolve("shared");
        List<Long> rebuilds = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (DevSession session = DevSession.start(entry, "127.0.0.1", 0, null, null, d -> { }, rebuilds::add)) {
            Files.writeString(shared.resolve("part.md"), "# Shared part, edited\n");
            long until = System.currentTimeMillis() + 10_000;
            while (rebuilds.isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
            assertThat(rebuilds).as("a rebuild after the imported file changed").isNotEmpty();
            assertThat(text(session, "2/index.html")).contains("Shared part, edited");
        }
    }

    /** A deck folder under the test's temp folder, its {@code slides.md} holding {@code markdown}. */
    private Path slides(String markdown) throws java.io.IOException {
        Files.createDirectories(tmp.resolve("deck"));
        return Files.writeString(tmp.resolve("deck/slides.md"), markdown);
    }

    /** {@code deck/slides.md} holding {@code slides}, beside {@code shared/part.md} (a slide "Shared part"). */
    private Path deckBesideShared(String slides) throws java.io.IOException {
        Files.createDirectories(tmp.resolve("deck"));
        Files.createDirectories(tmp.resolve("shared"));
        Files.writeString(tmp.resolve("shared/part.md"), "# Shared part\n");
        return Files.writeString(tmp.resolve("deck/slides.md"), slides);
    }

    private static String text(DevSession session, String sitePath) throws java.io.IOException {
        return new String(session.server().site().read(sitePath).orElseThrow(),
                java.nio.charset.StandardCharsets.UTF_8);
    }
}
