package dev.slidejar.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CssUrlsTest {
    @Test
    void eachUrlIsResolvedAndKeepsItsQuotes() {
        String css = ".a { background: url(/bg.png) no-repeat, url(\"./x.png\"); }\n"
                + ".b { mask: URL( 'y.svg' ); }";
        assertThat(CssUrls.rewrite(css, url -> "../" + url.replaceFirst("^\\.?/", "")))
                .isEqualTo(".a { background: url(../bg.png) no-repeat, url(\"../x.png\"); }\n"
                        + ".b { mask: url('../y.svg'); }");
    }

    @Test
    void anUnquotedUrlIsQuotedWhenItsNewValueNeedsIt() {
        assertThat(CssUrls.rewrite("a{b:url(my.png)}", url -> "../my pic (1).png"))
                .isEqualTo("a{b:url(\"../my pic (1).png\")}");
        assertThat(CssUrls.rewrite("a{b:url('x.png')}", url -> "../it's.png")).isEqualTo("a{b:url('../it\\'s.png')}");
    }

    @Test
    void aUrlInACommentIsNoReference() {
        String css = "/* .a { background: url(./old.png) } */ .b { background: url(./new.png) } /* url(x.png) */";
        assertThat(CssUrls.rewrite(css, url -> "../" + url.substring(2)))
                .isEqualTo("/* .a { background: url(./old.png) } */ .b { background: url(../new.png) } /* url(x.png) */");
    }

    @Test
    void aUrlLeftAsItIsKeepsItsBytes() {
        String css = "a{b:url(\"data:image/svg+xml,%3Csvg a='\\\\1'%3E\") url( x.png )}";
        assertThat(CssUrls.rewrite(css, url -> url.startsWith("data:") ? url : "../" + url))
                .isEqualTo("a{b:url(\"data:image/svg+xml,%3Csvg a='\\\\1'%3E\") url(../x.png)}");
    }

    @Test
    void cssWithoutUrlsOrWithAnEmptyOneIsLeftAlone() {
        String css = ".a { color: red; background: url(); }";
        assertThat(CssUrls.rewrite(css, url -> "changed")).isEqualTo(css);
        assertThat(CssUrls.rewrite(".a { color: red }", url -> "changed")).isEqualTo(".a { color: red }");
    }
}
