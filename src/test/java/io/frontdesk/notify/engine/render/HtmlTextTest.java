package io.frontdesk.notify.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The plain-text part of an email reads like the HTML part, without its title or markup. */
class HtmlTextTest {

    @Test
    void thePlainTextLeavesOutTheHeadAndKeepsParagraphsAndEntities() {
        String html = """
                <!DOCTYPE html><html><head><meta charset="UTF-8"><title>快件通知单</title><style>p {}</style></head>
                <body><p>王小明，您好：</p><p>单号 A&amp;B &lt;1&gt;</p><ul><li>单元：1203</li></ul></body></html>""";

        String text = HtmlText.of(html);

        assertThat(text).doesNotContain("快件通知单").doesNotContain("<p>").doesNotContain("<li>").doesNotContain("p {}");
        assertThat(text).startsWith("王小明，您好：").contains("单号 A&B <1>").contains("单元：1203");
    }
}
