package io.frontdesk.notify.testing;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

/** The emails GreenMail received, read as text whatever transfer encoding the mailer chose. */
public final class Mails {

    private Mails() {
    }

    /** Every message whose first recipient is {@code address}, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(StandIns.smtp().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every part (plain and HTML alternatives, nested once). */
    public static String text(MimeMessage message) {
        try {
            return text(message.getContent());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(Object content) throws Exception {
        if (!(content instanceof Multipart multipart)) {
            return String.valueOf(content);
        }
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            all.append(text(multipart.getBodyPart(i).getContent()));
        }
        return all.toString();
    }
}
