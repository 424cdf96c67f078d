package io.frontdesk.notify.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.testing.Fixtures;
import io.frontdesk.notify.testing.Mails;
import io.frontdesk.notify.testing.StandIns;
import io.frontdesk.notify.testing.TestClock;
import io.frontdesk.notify.testing.TwilioRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * An SMTP server's refusal is recorded like Twilio's (issue 6): a 5xx about the mailbox fails the delivery for good
 * with the server's answer and hands the step to its next channel; a 4xx is the server's "not now", so the email is
 * tried again; a server that closes (421) or refuses the login is an outage, waited out.
 */
@QuarkusTest
class SmtpRefusalTest {

    static final String PROPERTY = "BOUNCE";
    static final String UNIT = "404";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    String refused;

    @BeforeEach
    void property() {
        Fixtures.property(PROPERTY);
        Fixtures.unit(PROPERTY, UNIT);
    }

    @AfterEach
    void acceptAgain() {
        if (refused != null) {
            StandIns.smtp().accept(refused);
        }
    }

    private void refuse(String address, String reply) {
        refused = address;
        StandIns.smtp().refuse(address, reply);
    }

    private static List<Map<String, Object>> reminders(JsonPath history, String step) {
        return history.getList("reminders.findAll { it.step == '" + step + "' }");
    }

    /**
     * A parcel whose arrival email the server answers with {@code reply} on the first try: the email waits
     * (its note checked by {@code whileRefused}), the mailbox takes mail again, and a minute later the email goes.
     */
    private long refusedOnceThenAccepted(String address, String reply, String at, String phone, String tracking,
                                         Consumer<String> whileRefused) {
        refuse(address, reply);
        clock.set(at);
        long resident = Fixtures.resident(PROPERTY, UNIT, "Refused " + tracking, phone, address, "en");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, tracking);

        Fixtures.dispatch(dispatcher, "smtp");
        Map<String, Object> waiting = reminders(Fixtures.followUp(parcel), "arrival-email").get(0);
        assertThat(waiting.get("status")).isEqualTo("PLANNED");
        whileRefused.accept((String) waiting.get("note"));

        StandIns.smtp().accept(address);
        clock.advance(Duration.ofMinutes(1));
        Fixtures.dispatch(dispatcher, "smtp");
        return parcel;
    }

    @Test
    void aMailboxTheServerRefusesFailsForGoodWithTheServersAnswer() {
        refuse("gone@bounce.example", "550 5.1.1 mailbox unavailable");
        clock.set("2026-12-01T10:00:00+08:00");
        String phone = "+8615100000001";
        long resident = Fixtures.resident(PROPERTY, UNIT, "Gone Mailbox", phone, "gone@bounce.example", "en");
        long parcel = Fixtures.parcel(PROPERTY, UNIT, resident, "GONE1");

        Fixtures.dispatch(dispatcher, "smtp");
        clock.advance(Duration.ofMinutes(10)); // past any retry delay: nothing tries the mailbox again
        Fixtures.dispatch(dispatcher, "smtp");

        JsonPath history = Fixtures.followUp(parcel);
        assertThat(reminders(history, "arrival-email")).singleElement().satisfies(r -> {
            assertThat(r.get("status")).isEqualTo("FAILED");
            assertThat(r.get("note")).isEqualTo("550 5.1.1 mailbox unavailable");
            assertThat(r.get("attempts")).isEqualTo(1);
        });
        List<Map<String, Object>> emails = history.getList("deliveries.findAll { it.channel == 'EMAIL' }");
        assertThat(emails).singleElement().satisfies(d -> {
            assertThat(d.get("status")).isEqualTo("failed");
            assertThat(d.get("error")).isEqualTo("550 5.1.1 mailbox unavailable");
        });
        assertThat(Mails.to("gone@bounce.example")).isEmpty();
        assertThat(TwilioRequests.messagesTo(phone)).hasSize(1); // the SMS of the same arrival still went
    }

    @Test
    void aSupervisorWhoseMailboxIsRefusedGetsTheDailyListBySmsInstead() {
        // R-PARCEL-7: the list goes by the step's FIRST channel that works, email then SMS; a property of its own,
        // so the other tests' parcels are not on this supervisor's list
        String property = "BOUNCE-LIST";
        Fixtures.property(property);
        Fixtures.unit(property, UNIT);
        refuse("supervisor@bounce.example", "550 5.1.1 mailbox unavailable");
        clock.set("2026-12-01T10:00:00+08:00");
        String supervisorPhone = "+8615100000009";
        Fixtures.staff(property, "SUPERVISOR", "Supervisor Refused", supervisorPhone, "supervisor@bounce.example");
        long resident = Fixtures.resident(property, UNIT, "Waiting Tenant", "+8615100000002", "waiting@bounce.example", "en");
        long parcel = Fixtures.parcel(property, UNIT, resident, "LIST1");

        Map<String, Object> list = reminders(Fixtures.followUp(parcel), "supervisor-daily").get(0);
        clock.set(Instant.parse((String) list.get("dueAt")));
        Fixtures.dispatch(dispatcher, "smtp");
        Fixtures.dispatch(dispatcher, "smtp"); // the next tick sends the fallback the refusal planned

        assertThat(TwilioRequests.messagesTo(supervisorPhone)).hasSize(1);
        assertThat(reminders(Fixtures.followUp(parcel), "supervisor-daily"))
                .extracting(r -> r.get("channel") + ":" + r.get("status") + ":" + r.get("note"))
                .startsWith("EMAIL:FAILED:550 5.1.1 mailbox unavailable", "SMS:SENT:null");
    }

    @Test
    void aServerThatClosesOrRefusesOurLoginIsWaitedOutNotBlamedOnTheMailbox() {
        // a 421 says the server is unavailable, not that the address is bad: no attempt is counted against the email
        refusedOnceThenAccepted("closing@bounce.example", "421 4.3.2 service not available, closing transmission channel",
                "2026-12-03T10:00:00+08:00", "+8615100000004", "CLOSE1",
                note -> assertThat(note).startsWith("provider unavailable: ").contains("421 4.3.2"));
        assertThat(Mails.to("closing@bounce.example")).hasSize(1);
    }

    @Test
    void aMailboxThatCannotTakeMailForNowGetsTheEmailWhenItCan() {
        // greylisting: a server that does not know the sender yet asks it to come back later
        long parcel = refusedOnceThenAccepted("greylisted@bounce.example", "451 4.7.1 greylisted, try again later",
                "2026-12-02T10:00:00+08:00", "+8615100000003", "GREY1",
                note -> assertThat(note).contains("451 4.7.1 greylisted"));
        assertThat(Mails.to("greylisted@bounce.example")).hasSize(1);
        JsonPath history = Fixtures.followUp(parcel);
        assertThat(reminders(history, "arrival-email")).extracting(r -> r.get("status") + ":" + r.get("attempts"))
                .containsExactly("SENT:2");
        assertThat(history.getList("deliveries.findAll { it.channel == 'EMAIL' }.status", String.class))
                .containsExactly("failed", "accepted");
    }
}
