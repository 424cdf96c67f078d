package io.frontdesk.notify.engine.render;

/** The plain-text part of an HTML email, for clients that do not show HTML. */
final class HtmlText {

    private HtmlText() {
    }

    static String of(String html) {
        return html.replaceAll("(?is)<(head|style|script)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</li>|</tr>|</h[1-6]>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ")
                .replaceAll("\\n\\s*\\n+", "\n\n")
                .strip();
    }
}
