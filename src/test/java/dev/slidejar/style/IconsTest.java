package dev.slidejar.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IconsTest {
    @Nested
    class Find {
        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"carbon:arrow-right", "carbon-arrow-right", "i-carbon-arrow-right",
            "i-carbon:arrow-right", "CARBON:ARROW-RIGHT", "CarbonArrowRight", " carbon:arrow-right "})
        void writtenAsTagOrClass(String written) {
            assertThat(Icons.find(written)).get().extracting(Icon::id).isEqualTo("carbon:arrow-right");
        }

        @Test
        void prefixesWithDashes() {
            assertThat(Icons.find("ant-design-layout-outlined")).get().extracting(Icon::collection)
                    .isEqualTo("ant-design");
            assertThat(Icons.find("i-ant-design:file-search-outlined")).get().extracting(Icon::name)
                    .isEqualTo("file-search-outlined");
        }

        @Test
        void namesWithDigits() {
            assertThat(Icons.find("ri-user-3-line")).get().extracting(Icon::id).isEqualTo("ri:user-3-line");
        }

        @Test
        void unknownIconsAndSets() {
            assertThat(Icons.find("carbon:no-such-icon")).isEmpty();
            assertThat(Icons.find("mdi:home")).isEmpty();
            assertThat(Icons.find("v-click")).isEmpty();
            assertThat(Icons.find("i-")).isEmpty();
            assertThat(Icons.find("")).isEmpty();
        }

        @Test
        void aliasesAreResolved() {
            // in @iconify-json/carbon, "app-switcher" is an alias of "switcher"
            Icon alias = Icons.find("carbon:app-switcher").orElseThrow();
            Icon parent = Icons.find("carbon:switcher").orElseThrow();
            assertThat(alias.body()).isEqualTo(parent.body());
            assertThat(alias.name()).isEqualTo("app-switcher");
        }

        @Test
        void viewBoxesOfOtherSizes() {
            assertThat(Icons.find("codicon:file-binary").orElseThrow().viewBox()).isEqualTo("0 0 16 16");
            assertThat(Icons.find("logos:vitejs").orElseThrow().viewBox()).isEqualTo("0 0 256 257");
        }

        @Test
        void bundledCollections() {
            assertThat(Icons.collections()).containsExactly("ant-design", "codicon", "carbon", "logos", "ri");
        }
    }

    @Nested
    class Svg {
        private final Icon edit = Icons.find("carbon:edit").orElseThrow();

        @Test
        void attributesFollowTheIconsOwn() {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("style", "color: red");
            attributes.put("class", " inline  ");
            attributes.put("data-v", "\"q\" & a");

            assertThat(edit.svg(attributes)).startsWith("<svg class=\"slidev-icon inline\" viewBox=\"0 0 32 32\""
                    + " width=\"1.2em\" height=\"1.2em\" style=\"color: red\" data-v=\"&quot;q&quot; &amp; a\">"
                    + "<path fill=\"currentColor\"").endsWith("</svg>");
        }

        @Test
        void sizeAttributesReplaceTheIconsInPlace() {
            assertThat(edit.svg(Map.of("width", "2em"))).startsWith(
                    "<svg class=\"slidev-icon\" viewBox=\"0 0 32 32\" width=\"2em\" height=\"1.2em\">");
        }

        @Test
        void idSuffixKeepsReferencesInStep() {
            Icon vite = Icons.find("logos:vitejs").orElseThrow();
            Icon unique = vite.withIdSuffix("s3-1");

            assertThat(unique.body()).contains("id=\"SVGmrugVdcL-s3-1\"", "url(#SVGmrugVdcL-s3-1)",
                    "id=\"SVGqn4NsbfA-s3-1\"", "url(#SVGqn4NsbfA-s3-1)").doesNotContain("VdcL\"", "VdcL)");
            assertThat(edit.withIdSuffix("x")).isSameAs(edit);
        }
    }

    @Test
    void monochromeIconsAreMasksColouredOnesBackgrounds() {
        assertThat(Icons.find("i-carbon-edit").orElseThrow().cssDeclarations()).startsWith("--un-icon:url(\"data:");
        assertThat(Icons.find("i-logos-vue").orElseThrow().cssDeclarations()).startsWith("background:url(\"data:");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"carbon", "ri", "codicon", "ant-design", "logos"})
    void bundledSetsAreGzippedWithoutTimestamp(String prefix) throws IOException {
        String path = "/dev/slidejar/assets/icons/" + prefix + ".tsv.gz";
        try (InputStream in = IconsTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            byte[] header = in.readNBytes(10);
            assertThat(new byte[] {header[4], header[5], header[6], header[7]}).as("gzip mtime").containsOnly(0);
        }
        try (InputStream in = new GZIPInputStream(IconsTest.class.getResourceAsStream(path))) {
            assertThat(new String(in.readNBytes(40))).startsWith("name\tleft\ttop\twidth\theight\tbody\n");
        }
    }
}
