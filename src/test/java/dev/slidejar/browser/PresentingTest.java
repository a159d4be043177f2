package dev.slidejar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.TestDecks;
import dev.slidejar.site.SiteBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Presenting the built site in real Chromium: keys, clicks, URLs, print, presenter sync, overview, dark mode. */
class PresentingTest {
    @TempDir
    static Path tmp;
    static Browser browser;
    static ChromeDriver driver;

    @BeforeAll
    static void build() throws IOException {
        Path site = tmp.resolve("clicks");
        SiteBuilder.builder().outDir(site).build().build(Path.of("src/test/resources/decks/clicks/slides.md"));
        browser = Browser.serving(tmp);
        driver = browser.driver();
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @BeforeEach
    void oneWindow() {
        List<String> handles = new ArrayList<>(driver.getWindowHandles());
        for (int i = 1; i < handles.size(); i++) {
            driver.switchTo().window(handles.get(i)).close();
        }
        driver.switchTo().window(handles.get(0));
        open("clicks/1/index.html");
        ((JavascriptExecutor) driver).executeScript("localStorage.clear(); sessionStorage.clear();");
    }

    private static void open(String path) {
        driver.get(browser.url(path));
        waitFor(d -> ((JavascriptExecutor) d).executeScript(
                "return document.documentElement.classList.contains('slidejar-ready') || !!document.querySelector('[data-slidejar-view]')")
                .equals(Boolean.TRUE));
    }

    private static void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(condition::apply);
    }

    private static void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
    }

    private static boolean hidden(String id) {
        return driver.findElement(By.id(id)).getAttribute("class").contains("slidev-vclick-hidden");
    }

    private static String h1() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    private static void waitForH1(String text) {
        waitFor(d -> {
            try {
                return h1().equals(text) && ((JavascriptExecutor) d)
                        .executeScript("return document.documentElement.classList.contains('slidejar-ready')").equals(true);
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }

    @Test
    void rightAndLeftStepThroughClicksThenSlides() {
        open("clicks/2/index.html");
        assertThat(hidden("a")).isTrue();
        assertThat(hidden("a2")).isTrue();
        assertThat(hidden("c")).as("v-click.hide is shown until its click").isFalse();
        press(Keys.ARROW_RIGHT);
        waitFor(d -> !hidden("a"));
        assertThat(hidden("a2")).as("v-after comes with the click before it").isFalse();
        assertThat(hidden("b")).isTrue();
        assertThat(driver.getCurrentUrl()).endsWith("/2/index.html?clicks=1");
        press(Keys.ARROW_RIGHT);
        press(Keys.SPACE);
        waitFor(d -> hidden("c"));
        assertThat(driver.getCurrentUrl()).endsWith("?clicks=3");

        driver.navigate().refresh();
        waitForH1("v-click and v-after");
        assertThat(hidden("c")).as("a reload keeps the click").isTrue();
        assertThat(hidden("b")).isFalse();

        press(Keys.ARROW_RIGHT);
        waitForH1("Positions");
        assertThat(hidden("rel1")).isTrue();
        press(Keys.ARROW_LEFT);
        waitForH1("v-click and v-after");
        assertThat(driver.getCurrentUrl()).as("back to the last click of the slide before").endsWith("?clicks=3");
        assertThat(hidden("c")).isTrue();
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.SPACE).keyUp(Keys.SHIFT).perform();
        waitFor(d -> !hidden("c"));
        assertThat(driver.getCurrentUrl()).endsWith("/2/index.html?clicks=2");
    }

    @Test
    void absoluteRelativeAndRangeClicks() {
        open("clicks/3/index.html?clicks=2");
        assertThat(hidden("rel1")).isFalse();
        assertThat(hidden("range")).isFalse();
        assertThat(hidden("abs")).isTrue();
        assertThat(hidden("rel2")).isTrue();
        open("clicks/3/index.html?clicks=4");
        assertThat(hidden("abs")).isFalse();
        assertThat(hidden("rel2")).isFalse();
        assertThat(hidden("range")).as("[2,4] ends at 4").isTrue();
    }

    @Test
    void downAndUpSkipClicksHomeEndAndNumberEnter() {
        open("clicks/2/index.html");
        press(Keys.ARROW_DOWN);
        waitForH1("Positions");
        assertThat(driver.getCurrentUrl()).endsWith("/3/index.html");
        press(Keys.ARROW_UP);
        waitForH1("v-click and v-after");
        press(Keys.END);
        waitForH1("clicks: 3 with no click elements");
        press(Keys.HOME);
        waitForH1("Every click form");
        press("4");
        press(Keys.ENTER);
        waitForH1("Components");
        press("g");
        driver.switchTo().activeElement().sendKeys("3", Keys.ENTER);
        waitForH1("Positions");
    }

    @Test
    void transitionsFollowSlidevsRules() {
        open("clicks/1/index.html");
        settle();
        press(Keys.ARROW_DOWN);
        waitForH1("v-click and v-after");
        assertThat(played()).as("forward: the transition of the slide left (the deck's)").isEqualTo("slide-left");
        settle();
        press(Keys.ARROW_UP);
        waitForH1("Every click form");
        assertThat(played()).as("backward: slide-left plays as slide-right").isEqualTo("slide-right");
        open("clicks/4/index.html");
        settle();
        press(Keys.ARROW_DOWN);
        waitForH1("v-switch");
        assertThat(played()).as("forward from a slide with its own transition").isEqualTo("fade");
        settle();
        press(Keys.ARROW_UP);
        waitForH1("Components");
        assertThat(played()).as("backward onto it: its own transition").isEqualTo("fade");
    }

    /**
     * Lets the page settle (loaded, painted, no view transition running): Chromium gives a navigation started
     * during a view transition, or before the page's first frames, no transition of its own.
     */
    private static void settle() {
        waitFor(d -> ((JavascriptExecutor) d).executeScript("return document.getAnimations().length === 0")
                .equals(Boolean.TRUE));
        ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)));");
    }

    /** The transition the page that just opened played (set when it is revealed). */
    private static String played() {
        waitFor(d -> d.findElement(By.tagName("html")).getAttribute("data-slidejar-transition-played") != null);
        return driver.findElement(By.tagName("html")).getAttribute("data-slidejar-transition-played");
    }

    @Test
    void swipeLeftGoesForwardSwipeRightBack() {
        open("clicks/2/index.html");
        swipe(700, 200);
        waitFor(d -> !hidden("a"));
        swipe(200, 700);
        waitFor(d -> hidden("a"));
        assertThat(driver.getCurrentUrl()).endsWith("/2/index.html");
    }

    /** A one-finger horizontal swipe, as TouchEvents on the page (what a touch screen delivers). */
    private static void swipe(int fromX, int toX) {
        ((JavascriptExecutor) driver).executeScript("""
                const [fromX, toX] = arguments;
                const target = document.querySelector('.slidev-page');
                const touch = (x) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
                document.dispatchEvent(new TouchEvent('touchstart', { touches: [touch(fromX)], changedTouches: [touch(fromX)], bubbles: true }));
                document.dispatchEvent(new TouchEvent('touchend', { touches: [], changedTouches: [touch(toX)], bubbles: true }));
                """, fromX, toX);
    }

    @Test
    void notesPageFollowsThePresenter() {
        open("clicks/notes/2/index.html");
        assertThat(driver.findElement(By.cssSelector(".slidejar-note-title")).getText()).isEqualTo("2. v-click and v-after");
        String notes = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open("clicks/presenter/2/index.html");
        press(Keys.ARROW_DOWN);
        driver.switchTo().window(notes);
        waitFor(d -> d.findElement(By.cssSelector(".slidejar-note-title")).getText().startsWith("3."));
    }

    @Test
    void vSwitchShowsOneTemplateAtATime() {
        open("clicks/5/index.html?clicks=4");
        assertThat(driver.findElement(By.id("s1")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("s2")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("s5")).isDisplayed()).isFalse();
        press(Keys.ARROW_RIGHT);
        press(Keys.ARROW_RIGHT);
        waitFor(d -> d.findElement(By.id("s5")).isDisplayed());
        assertThat(driver.findElement(By.id("s2")).isDisplayed()).isFalse();
    }

    @Test
    void printModeShowsTheLastClickAndNoControls() {
        open("clicks/2/index.html?print=true");
        assertThat(hidden("a")).isFalse();
        assertThat(hidden("b")).isFalse();
        assertThat(hidden("c")).as("v-click.hide at the last click").isTrue();
        assertThat(driver.findElement(By.cssSelector(".slidejar-nav")).isDisplayed()).isFalse();
        open("clicks/print/index.html");
        assertThat(driver.findElements(By.cssSelector(".slidejar-print-slide"))).hasSize(6);
        assertThat(driver.findElements(By.cssSelector(".slidev-page-2 .slidev-vclick-hidden"))).hasSize(1);
    }

    @Test
    void presenterDrivesTheAudienceTab() {
        open("clicks/2/index.html");
        String audience = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        open("clicks/presenter/2/index.html");
        assertThat(driver.findElement(By.cssSelector(".slidejar-counter")).getText()).isEqualTo("2 / 6 · 0/3");
        assertThat(driver.findElement(By.cssSelector(".slidejar-notes-body")).getText()).contains("After the first click");
        press(Keys.ARROW_RIGHT);
        waitFor(d -> d.findElement(By.cssSelector(".slidev-note-part-current")).getAttribute("data-clicks").equals("1"));
        assertThat(driver.getCurrentUrl()).endsWith("/presenter/2/index.html?clicks=1");
        String presenter = driver.getWindowHandle();
        driver.switchTo().window(audience);
        waitFor(d -> !hidden("a"));
        assertThat(hidden("b")).isTrue();

        driver.switchTo().window(presenter);
        press(Keys.ARROW_DOWN);
        waitFor(d -> d.findElement(By.cssSelector(".slidejar-counter")).getText().startsWith("3 / 6"));
        driver.switchTo().window(audience);
        waitForH1("Positions");
    }

    /**
     * {@code <RenderWhen>} as Slidev renders it in each view: a slide page shown as itself, in print, as the
     * presenter's current slide, as its next-slide preview and as an overview thumbnail.
     */
    @Test
    void renderWhenShowsEachSlotInItsViews() throws IOException {
        List<String> slides = new ArrayList<>();
        for (String title : List.of("One", "Two")) {
            StringBuilder slide = new StringBuilder("# " + title + "\n");
            for (String context : List.of("presenter", "previewNext", "overview", "print", "main")) {
                slide.append("\n<RenderWhen context=\"").append(context).append("\"><span class=\"w\">")
                        .append(context).append("-on</span><template v-slot:fallback><span class=\"w\">").append(context)
                        .append("-off</span></template></RenderWhen>\n");
            }
            slides.add(slide.toString());
        }
        Path source = java.nio.file.Files.createDirectories(tmp.resolve("when-src")).resolve("slides.md");
        java.nio.file.Files.writeString(source, "---\ntitle: When\nlayout: default\n---\n\n"
                + String.join("\n---\n\n", slides));
        SiteBuilder.builder().outDir(tmp.resolve("when")).build().build(source);

        open("when/1/index.html");
        assertThat(shownContexts()).containsExactly("presenter-off", "previewNext-off", "overview-off", "print-off",
                "main-on");
        open("when/1/index.html?print=true");
        assertThat(shownContexts()).containsExactly("presenter-off", "previewNext-off", "overview-off", "print-on",
                "main-on");
        open("when/print/index.html");
        assertThat(shownContexts()).startsWith("presenter-off", "previewNext-off", "overview-off", "print-on",
                "main-on");
        open("when/presenter/1/index.html");
        assertThat(shownInFrame(".slidejar-current iframe")).containsExactly("One", "presenter-on", "previewNext-off",
                "overview-off", "print-off", "main-on");
        assertThat(shownInFrame(".slidejar-next iframe")).containsExactly("Two", "presenter-off", "previewNext-on",
                "overview-off", "print-off", "main-off");
        open("when/overview/index.html");
        assertThat(shownInFrame("#slide-1 iframe")).containsExactly("One", "presenter-off", "previewNext-off",
                "overview-on", "print-off", "main-off");
    }

    /** The title and the slots shown of the slide in the frame {@code css} of the page open. */
    private static List<String> shownInFrame(String css) {
        driver.switchTo().frame(driver.findElement(By.cssSelector(css)));
        try {
            waitFor(d -> !shownContexts().isEmpty());
            List<String> shown = new ArrayList<>(List.of(h1()));
            shown.addAll(shownContexts());
            return shown;
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    /** The texts of the slots shown, in order. */
    private static List<String> shownContexts() {
        return driver.findElements(By.cssSelector(".slidev-page .w")).stream().filter(e -> e.isDisplayed())
                .map(e -> e.getText().trim()).toList();
    }

    @Test
    void overviewListsEverySlideAndGoesToOne() {
        open("clicks/3/index.html");
        press("o");
        waitFor(d -> d.getCurrentUrl().contains("/overview/"));
        waitFor(d -> !d.findElements(By.cssSelector(".slidejar-card.slidejar-selected")).isEmpty());
        assertThat(driver.findElements(By.cssSelector(".slidejar-card"))).hasSize(6);
        assertThat(driver.findElement(By.cssSelector(".slidejar-selected")).getAttribute("data-no")).isEqualTo("3");
        assertThat(driver.findElement(By.cssSelector("#slide-2 .slidejar-card-clicks")).getText()).isEqualTo("3 clicks");
        press(Keys.ARROW_RIGHT);
        press(Keys.ENTER);
        waitForH1("Components");
    }

    @Test
    void darkModeTogglesAndPersists() {
        open("clicks/1/index.html");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).doesNotContain("dark");
        press("d");
        waitFor(d -> d.findElement(By.tagName("html")).getAttribute("class").contains("dark"));
        open("clicks/2/index.html");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("class")).contains("dark");
    }

    @Test
    void seedDeckStepsThroughEverySlideWithTheKeyboard() throws IOException {
        Path seed = tmp.resolve("seed");
        SiteBuilder.builder().outDir(seed).build().build(TestDecks.shared().resolve("decks/seed/slides.md"));
        open("seed/1/index.html");
        for (int n = 2; n <= 32; n++) {
            int expected = n;
            press(Keys.SPACE);
            waitFor(d -> d.getCurrentUrl().contains("/seed/" + expected + "/index.html"));
        }
        waitFor(d -> d.findElement(By.tagName("h1")).getText().equals("Thank you for your attention!"));
        press(Keys.SPACE);
        assertThat(driver.getCurrentUrl()).as("no slide after the last").contains("/seed/32/index.html");
    }
}
