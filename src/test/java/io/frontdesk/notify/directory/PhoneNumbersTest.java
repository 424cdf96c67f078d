package io.frontdesk.notify.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void aLocalMobileNumberIsReadAsMainlandChina() {
        assertEquals("+8613800138000", PhoneNumbers.toE164("138 0013 8000"));
        assertEquals("+8613800138000", PhoneNumbers.toE164("138-0013-8000"));
    }

    @Test
    void aNumberWithItsCountryCodeKeepsItsCountry() {
        assertEquals("+85291234567", PhoneNumbers.toE164("+852 9123 4567"));
        assertEquals("+12025550123", PhoneNumbers.toE164("+1 (202) 555-0123"));
        assertEquals("+85291234567", PhoneNumbers.toE164("00852 9123 4567"));
    }

    @Test
    void aLandlineWithItsAreaCodeIsAccepted() {
        assertEquals("+862012345678", PhoneNumbers.toE164("020 1234 5678"));
    }

    @Test
    void tooShortOrNonNumericTextIsRejectedWithAMessage() {
        IllegalArgumentException shortNumber = assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.toE164("12345"));
        assertEquals("'12345' is not a valid phone number (numbers outside mainland China need their country code, e.g. +852)",
                shortNumber.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PhoneNumbers.toE164("call me"));
    }
}
