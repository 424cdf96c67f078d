package io.frontdesk.notify.channel.email;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import jakarta.inject.Inject;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.PermanentSendFailure;
import io.frontdesk.notify.channel.ProviderOutage;
import io.frontdesk.notify.channel.SendReceipt;
import io.frontdesk.notify.testing.StandIns;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.mail.SMTPException;

/** Email through a real SMTP server: what it receives, and which of its refusals are for good (issue 6). */
@QuarkusTest
class SmtpEmailSenderTest {

    @Inject
    SmtpEmailSender sender;

    @BeforeEach
    void emptyTheMailboxes() throws Exception {
        StandIns.smtp().purgeEmailFromAllMailboxes();
    }

    @Test
    void deliversAChineseTextMailToTheRecipient() throws Exception {
        SendReceipt receipt = sender.send(new OutboundMessage(11, Channel.EMAIL, "tenant.1203@example.com",
                "包裹到達通知", "您好，您的包裹（#123）已到前台，請於 19:00 前領取。", null, "zh-CN"))
                .await().indefinitely();

        MimeMessage received = onlyMessage();
        assertEquals("tenant.1203@example.com", received.getRecipients(RecipientType.TO)[0].toString());
        assertEquals("包裹到達通知", received.getSubject());
        assertEquals("您好，您的包裹（#123）已到前台，請於 19:00 前領取。", received.getContent().toString().strip());
        assertEquals("smtp", receipt.provider());
        assertEquals(receipt.providerId(), received.getMessageID());
    }

    @Test
    void sendsTheHtmlPartAlongsideThePlainText() throws Exception {
        sender.send(new OutboundMessage(12, Channel.EMAIL, "desk@example.com", "Parcel #123",
                "Parcel #123 awaits pickup.", "<p>Parcel <b>#123</b> awaits pickup.</p>", "en"))
                .await().indefinitely();

        MimeMultipart alternatives = assertInstanceOf(MimeMultipart.class, onlyMessage().getContent());
        String parts = alternatives.getBodyPart(0).getContent() + "|" + alternatives.getBodyPart(1).getContent();
        assertTrue(parts.contains("Parcel #123 awaits pickup."), parts);
        assertTrue(parts.contains("<p>Parcel <b>#123</b> awaits pickup.</p>"), parts);
    }

    @Test
    void aRecipientTheServerRefusesIsAPermanentFailureWithTheServersAnswer() {
        Throwable failure = refusal("unknown@refused.example", "550 5.1.1 mailbox unavailable");

        PermanentSendFailure permanent = assertInstanceOf(PermanentSendFailure.class, failure);
        assertEquals("550", permanent.code());
        assertEquals("550 5.1.1 mailbox unavailable", permanent.getMessage());
    }

    @Test
    void aServerThatCannotTakeTheMailForNowIsNotAPermanentFailure() {
        Throwable failure = refusal("busy@refused.example", "451 4.3.0 try again later");

        SMTPException answer = assertInstanceOf(SMTPException.class, failure.getCause());
        assertEquals(451, answer.getReplyCode());
        assertEquals("451 4.3.0 try again later", answer.getReplyMessage());
    }

    @Test
    void aServerRefusingOurLoginIsAnOutageNotAPermanentFailureOfTheMail() {
        // 535 is a 5xx, but it is about this service's credentials: every email would fail for good otherwise
        Throwable failure = refusal("any@login.example", "535 5.7.8 authentication credentials invalid");

        assertFalse(failure instanceof PermanentSendFailure, String.valueOf(failure));
        assertTrue(ProviderOutage.is(failure), String.valueOf(failure));
    }

    /** What sending to {@code address} fails with while the server answers its RCPT TO with {@code reply}. */
    private Throwable refusal(String address, String reply) {
        StandIns.smtp().refuse(address, reply);
        try {
            return assertThrows(RuntimeException.class, () -> sender.send(mail(address)).await().indefinitely());
        } finally {
            StandIns.smtp().accept(address);
        }
    }

    private static OutboundMessage mail(String to) {
        return new OutboundMessage(13, Channel.EMAIL, to, "Parcel #123", "Parcel #123 awaits pickup.", null, "en");
    }

    private static MimeMessage onlyMessage() {
        assertTrue(StandIns.smtp().waitForIncomingEmail(5_000, 1), "no mail arrived");
        MimeMessage[] messages = StandIns.smtp().getReceivedMessages();
        assertEquals(1, messages.length);
        return messages[0];
    }
}
