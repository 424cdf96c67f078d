package io.frontdesk.notify.testing;

import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpHandler;
import com.icegreen.greenmail.smtp.SmtpManager;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.smtp.SmtpState;
import com.icegreen.greenmail.smtp.commands.SmtpCommandRegistry;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * GreenMail, whose SMTP server accepts every recipient, taught to answer {@code RCPT TO} for chosen mailboxes
 * the way a real server refuses them ({@code 550 5.1.1 …} for good, {@code 451 …} for now), so tests see the
 * service record SMTP rejections like Twilio's (issue 6). Every other recipient is accepted and stored as before.
 */
public class RefusingGreenMail extends GreenMail {

    private final Map<String, String> refusals = new ConcurrentHashMap<>();

    public RefusingGreenMail(ServerSetup setup) {
        super(setup);
    }

    /** From now on {@code RCPT TO:<address>} is answered with {@code reply}, e.g. "550 5.1.1 mailbox unavailable". */
    public void refuse(String address, String reply) {
        refusals.put(address, reply);
    }

    /** The mailbox takes mail again. */
    public void accept(String address) {
        refusals.remove(address);
    }

    // GreenMail builds its servers in its own constructor, before this class's fields exist: the refusals are
    // looked up per connection, by then they do.
    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        services.computeIfPresent(ServerSetup.PROTOCOL_SMTP, (protocol, accepting) ->
                new SmtpServer(accepting.getServerSetup(), managers) {
                    @Override
                    protected ProtocolHandler createProtocolHandler(Socket client) {
                        return new SmtpHandler(new SmtpCommandRegistry(), refusing(managers), client);
                    }
                });
        return services;
    }

    /** GreenMail's own SMTP manager with a say on recipients; delivery (and who waits for it) stays with it. */
    private SmtpManager refusing(Managers managers) {
        SmtpManager delivering = managers.getSmtpManager();
        return new SmtpManager(managers.getImapHostManager(), managers.getUserManager()) {
            @Override
            public String checkRecipient(SmtpState state, MailAddress recipient) {
                return refusals.get(recipient.getEmail());
            }

            @Override
            public void send(SmtpState state) {
                delivering.send(state);
            }
        };
    }
}
