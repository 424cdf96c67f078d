package io.frontdesk.notify.engine.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a source module tells the engine when a matter opens.
 *
 * @param subjectRef   the subject in the module's words, unique, e.g. "parcel:42"
 * @param residentId   the tenant concerned, or null for a staff-only matter
 * @param details      values for the message templates
 * @param subjectDates named dates that steps may count working days from (e.g. "expiresOn")
 * @param contacts     people the CONTACT audience reaches: a pass holder, a company contact, a hotel guest
 */
public record OpenFollowUp(String propertyCode, String kind, String subjectRef, Long residentId, String unitCode,
                           Map<String, Object> details, Map<String, LocalDate> subjectDates, List<Contact> contacts) {

    public OpenFollowUp {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public OpenFollowUp(String propertyCode, String kind, String subjectRef, Long residentId, String unitCode,
                        Map<String, Object> details, Map<String, LocalDate> subjectDates) {
        this(propertyCode, kind, subjectRef, residentId, unitCode, details, subjectDates, List.of());
    }
}
