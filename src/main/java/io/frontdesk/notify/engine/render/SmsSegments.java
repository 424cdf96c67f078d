package io.frontdesk.notify.engine.render;

/**
 * SMS length in segments: GSM-7 text fits 160 characters alone or 153 per part; anything else (Chinese)
 * is UCS-2 with 70 alone or 67 per part. Bodies are cut to fit so a reminder never costs more than planned.
 */
public final class SmsSegments {

    public static final int MAX_SEGMENTS = 2;
    private static final String GSM7 = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    /** GSM 03.38 extension table: each is sent as ESC + character, two septets. */
    private static final String GSM7_EXTENSION = "^{}\\[~]|€";

    private SmsSegments() {
    }

    public static boolean isGsm7(String text) {
        return text.chars().allMatch(c -> GSM7.indexOf(c) >= 0 || GSM7_EXTENSION.indexOf(c) >= 0);
    }

    public static int count(String text) {
        boolean gsm = isGsm7(text);
        int units = gsm
                ? text.chars().map(c -> GSM7_EXTENSION.indexOf(c) >= 0 ? 2 : 1).sum()
                : text.codePoints().map(cp -> Character.charCount(cp)).sum();
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
        // '…' is not GSM-7: it would turn plain text into UCS-2 and halve what fits
        String ellipsis = isGsm7(whole) ? "..." : "…";
        String cut = head;
        while (!cut.isEmpty() && count(cut + ellipsis + tail) > MAX_SEGMENTS) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut + ellipsis + tail;
    }
}
