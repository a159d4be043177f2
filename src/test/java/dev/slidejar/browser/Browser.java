package dev.slidejar.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.slidejar.export.internal.StaticServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Real Chromium for browser tests: Debian's {@code chromium} driven through its {@code chromedriver} (both from
 * apt, nothing downloaded), and the built site served on 127.0.0.1 (by export's {@link StaticServer}).
 */
public final class Browser implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final StaticServer server;
    private final ChromeDriver driver;

    private Browser(StaticServer server, ChromeDriver driver) {
        this.server = server;
        this.driver = driver;
    }

    /** Serves {@code site} on a free loopback port (a folder URL serves its index.html) and opens Chromium. */
    public static Browser serving(Path site) throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium)").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver)").exists();
        StaticServer server = StaticServer.serve(site);
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=980,552");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(server, driver);
    }

    public String url(String path) {
        return server.url(path);
    }

    public ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            server.close();
        }
    }
}
