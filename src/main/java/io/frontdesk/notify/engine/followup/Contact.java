package io.frontdesk.notify.engine.followup;

/**
 * Someone a follow-up reaches who is neither a resident nor staff (audience CONTACT): a pass holder, a
 * company contact, a guest who left luggage. Stored with the follow-up; tenant quiet hours apply.
 */
public record Contact(String name, String phone, String email, String locale) {
}
