package io.frontdesk.notify.engine.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SMS text is kept within a small number of segments (DESIGN.md, Interfaces): GSM-7 160/153, UCS-2 70/67. */
class SmsSegmentsTest {

    private static final String LINK = "\nhttp://localhost:8080/a/AbCdEfGhIjKlMnOpQrStUvWx";

    @Test
    void plainTextUpTo160CharactersIsOneSegment() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("")).isEqualTo(1);
    }

    @Test
    void longerPlainTextIsCountedIn153CharacterParts() {
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void chineseTextIsUcs2With70CharactersAloneAnd67PerPart() {
        assertThat(SmsSegments.count("快".repeat(70))).isEqualTo(1);
        assertThat(SmsSegments.count("快".repeat(71))).isEqualTo(2);
        assertThat(SmsSegments.count("快".repeat(134))).isEqualTo(2);
        assertThat(SmsSegments.count("快".repeat(135))).isEqualTo(3);
    }

    @Test
    void oneCharacterOutsideGsm7MakesTheWholeTextUcs2() {
        assertThat(SmsSegments.isGsm7("a".repeat(100))).isTrue();
        assertThat(SmsSegments.isGsm7("a".repeat(99) + "快")).isFalse();
        assertThat(SmsSegments.count("a".repeat(70) + "快")).isEqualTo(2);
    }

    @Test
    void anEmojiCountsAsTwoUcs2Units() {
        assertThat(SmsSegments.count("😀".repeat(35))).isEqualTo(1);
        assertThat(SmsSegments.count("😀".repeat(36))).isEqualTo(2);
    }

    @Test
    void gsm7ExtensionCharactersTakeTwoSeptets() {
        // GSM 03.38: ^ { } \ [ ] ~ | € are sent as ESC + character, so 159 letters and one '[' need 161 septets
        assertThat(SmsSegments.isGsm7("[]{}€")).isTrue();
        assertThat(SmsSegments.count("a".repeat(159) + "[")).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(80) + "€".repeat(40))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(81) + "€".repeat(40))).isEqualTo(2);
    }

    @Test
    void textThatFitsIsLeftAlone() {
        assertThat(SmsSegments.fit("Your parcel is at the desk.", LINK)).isEqualTo("Your parcel is at the desk." + LINK);
    }

    @Test
    void longChineseTextIsCutWithAnEllipsisAndKeepsTheLinkWhole() {
        String fitted = SmsSegments.fit("您的快件已到前台，单号" + "9".repeat(200) + "。请凭证件到前台领取。", LINK);

        assertThat(SmsSegments.count(fitted)).isLessThanOrEqualTo(SmsSegments.MAX_SEGMENTS);
        assertThat(fitted).startsWith("您的快件已到前台，单号999").endsWith("…" + LINK);
        // as much as fits is kept: one more character would need a third segment
        assertThat(fitted.length()).isEqualTo(2 * 67);
    }

    @Test
    void longPlainTextIsCutWithinGsm7SoItKeepsThe153CharacterParts() {
        String fitted = SmsSegments.fit("Your express item has arrived, ref " + "X".repeat(400), LINK);

        assertThat(SmsSegments.isGsm7(fitted)).isTrue();
        assertThat(SmsSegments.count(fitted)).isEqualTo(SmsSegments.MAX_SEGMENTS);
        assertThat(fitted).startsWith("Your express item has arrived, ref XXX").endsWith(LINK);
        assertThat(fitted.length()).isEqualTo(2 * 153);
    }
}
