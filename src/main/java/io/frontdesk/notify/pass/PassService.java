package io.frontdesk.notify.pass;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.CalendarService;
import io.frontdesk.notify.engine.calendar.PropertyCalendar;
import io.frontdesk.notify.engine.followup.Contact;
import io.frontdesk.notify.engine.followup.FollowUpService;
import io.frontdesk.notify.engine.followup.OpenFollowUp;
import io.frontdesk.notify.engine.time.ServiceClock;
import io.frontdesk.notify.pass.rest.PassBodies;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The pass desk: issue, renew, declare lost. Callers hold the transaction. */
@ApplicationScoped
public class PassService {

    /** R-PASS-2: a renewal is applied for 2 working days before expiry; shown to the holder as "apply by". */
    static final int APPLY_WORKING_DAYS_BEFORE = 2;

    @Inject
    ServiceClock clock;

    @Inject
    FollowUpService followUps;

    @Inject
    CalendarService calendars;

    /** R-PASS-1: security is told of every issue; R-PASS-2, R-PASS-5 follow from the validity. */
    public Uni<AccessPass> issue(String propertyCode, PassBodies.Issue request) {
        if (request.validUntil().isBefore(request.validFrom())) {
            return Uni.createFrom().failure(ProblemException.badField("validUntil", "must not be before validFrom"));
        }
        Contact holder = request.holder().toContact("holder");
        Contact contact = request.companyContact() == null ? null : request.companyContact().toContact("companyContact");
        return calendars.calendarOf(propertyCode).flatMap(calendar -> {
            AccessPass p = new AccessPass();
            p.propertyCode = propertyCode;
            p.kind = request.kind();
            p.holderName = holder.name();
            p.holderPhone = holder.phone();
            p.holderEmail = holder.email();
            p.holderLocale = holder.locale();
            p.company = request.company();
            p.contactLocale = "zh-CN";
            if (contact != null) {
                p.contactName = contact.name();
                p.contactPhone = contact.phone();
                p.contactEmail = contact.email();
                p.contactLocale = contact.locale();
            }
            p.depositAmount = request.deposit();
            p.feeAmount = request.fee();
            p.currency = request.currency() == null ? "CNY" : request.currency();
            p.validFrom = request.validFrom();
            p.validUntil = request.validUntil();
            p.issuedBy = request.issuedBy();
            return persistAndFollow(p, calendar, null);
        });
    }

    /** R-PASS-3: the renewal replaces the pass; the old one is revoked and recorded, security is told. */
    public Uni<AccessPass> renew(long id, PassBodies.Renew request) {
        return issued(id).flatMap(old -> {
            if (!request.validUntil().isAfter(old.validUntil)) {
                return Uni.createFrom().failure(ProblemException.badField("validUntil",
                        "must be after the current last valid day " + old.validUntil));
            }
            return calendars.calendarOf(old.propertyCode).flatMap(calendar -> {
                LocalDate today = clock.now().atZone(calendar.zone()).toLocalDate();
                AccessPass renewed = new AccessPass();
                renewed.propertyCode = old.propertyCode;
                renewed.kind = old.kind;
                renewed.holderName = old.holderName;
                renewed.holderPhone = old.holderPhone;
                renewed.holderEmail = old.holderEmail;
                renewed.holderLocale = old.holderLocale;
                renewed.company = old.company;
                renewed.contactName = old.contactName;
                renewed.contactPhone = old.contactPhone;
                renewed.contactEmail = old.contactEmail;
                renewed.contactLocale = old.contactLocale;
                // the deposit moves to the new pass; only the fee is paid again
                renewed.depositAmount = old.depositAmount;
                renewed.feeAmount = request.fee();
                renewed.currency = old.currency;
                renewed.validFrom = today.isBefore(old.validFrom) ? old.validFrom : today;
                renewed.validUntil = request.validUntil();
                renewed.issuedBy = request.issuedBy();
                renewed.replacesId = old.id;
                return persistAndFollow(renewed, calendar, old).flatMap(saved -> {
                    old.status = AccessPass.Status.REVOKED;
                    old.revokedAt = clock.now();
                    old.replacedById = saved.id;
                    return followUps.resolve(old.subjectRef(), "renewed as pass " + saved.id).replaceWith(saved);
                });
            });
        });
    }

    /** R-PASS-4: declared void 作廢聲明, deposit kept, security notified; its reminders stop. */
    public Uni<AccessPass> declareLost(long id, PassBodies.Lost request) {
        return issued(id).flatMap(p -> calendars.calendarOf(p.propertyCode).flatMap(calendar -> {
            p.status = AccessPass.Status.VOID;
            p.voidedAt = clock.now();
            p.voidReason = request.reason() + " (reported to " + request.reportedBy() + ")";
            p.depositKept = true;
            return followUps.resolve(p.subjectRef(), "lost: declared void")
                    .flatMap(f -> followUps.open(new OpenFollowUp(p.propertyCode, PassKinds.VoidPass.NAME,
                            p.subjectRef() + ":void", null, null, details(p, calendar, null), Map.of())))
                    .replaceWith(p);
        }));
    }

    public Uni<AccessPass> find(long id) {
        return AccessPass.<AccessPass>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("id", "pass " + id));
    }

    public Uni<List<AccessPass>> list(String propertyCode, AccessPass.Status status) {
        return calendars.calendarOf(propertyCode).flatMap(c -> status == null
                ? AccessPass.<AccessPass>list("propertyCode = ?1 order by id desc", propertyCode)
                : AccessPass.<AccessPass>list("propertyCode = ?1 and status = ?2 order by id desc", propertyCode, status));
    }

    private Uni<AccessPass> persistAndFollow(AccessPass p, PropertyCalendar calendar, AccessPass replaces) {
        Instant now = clock.now();
        p.issuedAt = now;
        p.status = AccessPass.Status.ISSUED;
        return p.<AccessPass>persist().flatMap(saved -> {
            List<Contact> contacts = new ArrayList<>();
            contacts.add(new Contact(p.holderName, p.holderPhone, p.holderEmail, p.holderLocale));
            if (p.contactName != null) {
                contacts.add(new Contact(p.contactName, p.contactPhone, p.contactEmail, p.contactLocale));
            }
            // R-PASS-2 counts back from the last valid day; R-PASS-5 speaks on the day after it
            Map<String, LocalDate> dates = Map.of("expiresOn", p.validUntil, "lapsesOn", p.validUntil.plusDays(1));
            return followUps.open(new OpenFollowUp(p.propertyCode, PassKinds.Pass.NAME, saved.subjectRef(), null, null,
                    details(saved, calendar, replaces), dates, contacts));
        }).map(followUp -> {
            p.followUpId = followUp.id;
            return p;
        });
    }

    private Uni<AccessPass> issued(long id) {
        return find(id).map(p -> {
            if (p.status != AccessPass.Status.ISSUED) {
                throw ProblemException.conflict("id", "pass " + id + " is " + p.status + ", not in force");
            }
            return p;
        });
    }

    /** What the message templates show about the pass. */
    private static Map<String, Object> details(AccessPass p, PropertyCalendar calendar, AccessPass replaces) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("passId", p.id);
        details.put("kindZh", p.kind.chinese);
        details.put("kindEn", p.kind.english);
        details.put("holder", p.holderName);
        details.put("company", p.company);
        details.put("validFrom", p.validFrom.toString());
        details.put("validUntil", p.validUntil.toString());
        details.put("applyBy", calendar.workingDaysBefore(p.validUntil, APPLY_WORKING_DAYS_BEFORE).toString());
        details.put("replaces", replaces == null ? "" : String.valueOf(replaces.id));
        return details;
    }
}
