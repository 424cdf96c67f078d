package io.frontdesk.notify.directory;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/** Phone numbers are stored in E.164 so that SMS/voice providers and look-ups by caller agree. */
public final class PhoneNumbers {

    /** Front desks write local numbers without a country code; ours are in mainland China. */
    public static final String DEFAULT_REGION = "CN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * E.164 form of {@code text}, e.g. "138 0013 8000" → "+8613800138000". Numbers of other countries
     * need their prefix (+852…, 00852…).
     *
     * @throws IllegalArgumentException with a message fit for a field error
     */
    public static String toE164(String text) {
        PhoneNumber number;
        try {
            number = UTIL.parse(text, DEFAULT_REGION);
        } catch (NumberParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a phone number");
        }
        if (!UTIL.isValidNumber(number)) {
            throw new IllegalArgumentException("'" + text + "' is not a valid phone number"
                    + " (numbers outside mainland China need their country code, e.g. +852)");
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
