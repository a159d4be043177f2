package dev.slidejar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The built site in real Chromium: @click="$slidev.nav.next" and the arrow keys move between slide pages. */
class RuntimeNavigationTest {
    @TempDir
    Path tmp;

    /** The site of a deck of {@code markdown}, built. */
    private Path site(String markdown) throws IOException {
        return dev.slidejar.site.TestSites.build(tmp, "deck", markdown);
    }

    @Test
    void clickHandlersAndKeysNavigate() throws IOException {
        Path site = site("""
                # One

                <div id="next" @click="$slidev.nav.next">Next page</div>

                ---

                # Two

                <div id="go" @click="$slidev.nav.go(3)">Go to three</div>

                ---

                # Three
                """);
        try (Browser browser = Browser.serving(site)) {
            var driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(browser.url(""));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("One");
            driver.findElement(By.id("next")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Two"));
            driver.findElement(By.id("go")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Three"));
            new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Two"));
            new Actions(driver).sendKeys(Keys.SPACE).perform();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Three"));
            assertThat(driver.getCurrentUrl()).endsWith("/3/index.html");
        }
    }

    /** A code block's line ranges follow the clicks: the first range before them, the next at each click. */
    @Test
    void codeRangesFollowTheClicks() throws IOException {
        Path site = site("""
                # Code

                ```ts {1|2-3|all}
                const a = 1
                const b = 2
                const c = 3
                ```
                """);
        try (Browser browser = Browser.serving(site)) {
            var driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            String script = "return [...document.querySelectorAll('.shiki .line')].map(l => "
                    + "l.classList.contains('slidev-code-highlighted') ? 'on' : 'off').join(' ')";
            driver.get(browser.url(""));
            wait.until(d -> "on off off".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
            assertThat(driver.findElement(By.cssSelector(".shiki .line:nth-child(2)")).getCssValue("opacity"))
                    .isEqualTo("0.3");
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
            wait.until(d -> "off on on".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
            wait.until(d -> "on on on".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
            assertThat(driver.getCurrentUrl()).contains("clicks=2");
            new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
            wait.until(d -> "off on on".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(script)));
        }
    }

    /** A Mermaid block is drawn in a shadow root in its place, its height scaled from its viewBox as Slidev does. */
    @Test
    void mermaidDiagramsAreDrawnInPlace() throws IOException {
        Path site = site("# Diagram\n\n```mermaid {scale: 0.5}\ngraph TD\nA[Top box] --> B[Bottom box]\n```\n");
        try (Browser browser = Browser.serving(site)) {
            var driver = browser.driver();
            var js = (org.openqa.selenium.JavascriptExecutor) driver;
            driver.get(browser.url(""));
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js.executeScript(
                    "return !!window.slidejarDiagrams && !document.querySelector('.slidejar-mermaid')")));
            @SuppressWarnings("unchecked")
            var drawn = (java.util.Map<String, Object>) js.executeScript(
                    "const host = document.querySelector('.slidev-page div.mermaid');"
                    + "const svg = host.shadowRoot.querySelector('svg');"
                    + "return { text: host.shadowRoot.textContent, height: +svg.getAttribute('height'),"
                    + "  viewBox: +svg.getAttribute('viewBox').split(' ')[3], width: svg.getAttribute('width') };");
            assertThat((String) drawn.get("text")).contains("Top box").contains("Bottom box");
            assertThat(((Number) drawn.get("height")).doubleValue()).isCloseTo(
                    ((Number) drawn.get("viewBox")).doubleValue() * 0.5, org.assertj.core.data.Offset.offset(0.01));
            assertThat(drawn.get("width")).isNull();
        }
    }

    /** A KaTeX block's ranges follow the clicks too, row by row across its columns. */
    @Test
    void mathRangesFollowTheClicks() throws IOException {
        Path site = site("# Math\n\n$$ {1|2}\n\\begin{aligned}\na &= 1 \\\\\nb &= 2\n\\end{aligned}\n$$\n");
        try (Browser browser = Browser.serving(site)) {
            var driver = browser.driver();
            var js = (org.openqa.selenium.JavascriptExecutor) driver;
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            String script = "return [...document.querySelectorAll('.slidev-katex-wrapper .mord.highlighted')]"
                    + ".map(e => e.textContent).join(' ')";
            driver.get(browser.url(""));
            wait.until(d -> "a =1".equals(js.executeScript(script)));
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
            wait.until(d -> "b =2".equals(js.executeScript(script)));
            // faded (the click targets' opacity transition ends at 0.3)
            wait.until(d -> "0.3".equals(d.findElement(By.cssSelector(".slidev-katex-wrapper .mord.dishonored"))
                    .getCssValue("opacity")));
        }
    }

    /** {@code <LightOrDark>} shows the slot of the page's colour scheme, and the other once the scheme changes. */
    @Test
    void lightOrDarkShowsTheSlotOfTheScheme() throws IOException {
        Path site = site("""
                ---
                colorSchema: auto
                ---

                # Scheme

                <LightOrDark>
                  <template v-slot:light><p id="light">Light</p></template>
                  <template v-slot:dark><p id="dark">Dark</p></template>
                </LightOrDark>
                """);
        try (Browser browser = Browser.serving(site)) {
            var driver = browser.driver();
            driver.get(browser.url(""));
            driver.executeScript("localStorage.setItem('slidejar-color-schema', 'light'); location.reload()");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("light")));
            assertThat(driver.findElement(By.id("dark")).isDisplayed()).isFalse();
            driver.executeScript("localStorage.setItem('slidejar-color-schema', 'dark'); location.reload()");
            new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("dark")));
            assertThat(driver.findElement(By.id("light")).isDisplayed()).isFalse();
        }
    }

    /** A link shared from a deck with Slidev's {@code routerMode: hash} still reaches the slide it names. */
    @Test
    void aSlidevHashRouteGoesToItsPage() throws IOException {
        Path site = site("---\nrouterMode: hash\n---\n\n# One\n\n---\n\n# Two\n\n"
                + "<div v-click id=\"later\">Later</div>\n\n---\n\n# Three\n");
        try (Browser browser = Browser.serving(site)) {
            var driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            driver.get(browser.url("") + "#/3");
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Three"));
            assertThat(driver.getCurrentUrl()).endsWith("/3/index.html");
            driver.get(browser.url("1/index.html") + "#/2?clicks=1");
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Two"));
            assertThat(driver.getCurrentUrl()).endsWith("/2/index.html?clicks=1");
            assertThat(driver.findElement(By.id("later")).getAttribute("class")).doesNotContain("slidev-vclick-hidden");
            driver.get(browser.url("") + "#/presenter/2");
            wait.until(d -> d.getCurrentUrl().contains("/presenter/2/"));
            driver.get(browser.url("") + "#intro");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("One");
        }
    }
}
