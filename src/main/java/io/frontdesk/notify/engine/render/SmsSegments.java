package io.frontdesk.notify.engine.render;

/**
 * SMS length in segments: GSM-7 text fits 160 characters alone or 153 per part; anything else (Chinese)
 * is UCS-2 with 70 alone or 67 per part. Bodies are cut to fit so a reminder never costs more than planned.
 */
public final class SmsSegments {

    public static final int MAX_SEGMENTS = 2;
    private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà^{}\\[~]|€";

    private SmsSegments() {
    }

    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> GSM7.indexOf(c) >= 0);
    }

    public static int count(String text) {
        int units = text.codePoints().map(cp -> Character.charCount(cp)).sum();
        boolean gsm = isGsm7(text);
        int single = gsm ? 160 : 70;
        int part = gsm ? 153 : 67;
        return units <= single ? 1 : (units + part - 1) / part;
    }

    /** The text, cut with an ellipsis where needed, within {@link #MAX_SEGMENTS}; the tail (the link) is kept. */
    public static String fit(String head, String tail) {
        String whole = head + tail;
        if (count(whole) <= MAX_SEGMENTS) {
            return whole;
        }
        String cut = head;
        while (!cut.isEmpty() && count(cut + "…" + tail) > MAX_SEGMENTS) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + "…" + tail;
    }
}
