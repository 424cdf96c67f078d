package io.frontdesk.notify.engine.followup;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.directory.Resident;
import io.frontdesk.notify.directory.StaffContact;
import io.frontdesk.notify.engine.policy.Audience;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who an audience is for one follow-up: its tenant, the contacts named on it, or the staff holding the
 * role at its property.
 */
@ApplicationScoped
public class Recipients {

    @Inject
    ObjectMapper json;

    public Uni<List<Recipient>> of(Audience audience, FollowUp followUp) {
        if (audience == Audience.TENANT) {
            if (followUp.residentId == null) {
                return Uni.createFrom().item(List.of());
            }
            return Resident.<Resident>findById(followUp.residentId)
                    .map(r -> r == null ? List.<Recipient>of() : List.of(fromResident(r)));
        }
        if (audience == Audience.CONTACT) {
            List<Contact> contacts = contacts(followUp);
            return Uni.createFrom().item(IntStream.range(0, contacts.size())
                    .mapToObj(i -> fromContact(i, contacts.get(i))).toList());
        }
        return StaffContact.<StaffContact>list("propertyCode = ?1 and role = ?2 order by id", followUp.propertyCode,
                        audience.name())
                .map(staff -> staff.stream().map(Recipients::fromStaff).toList());
    }

    /** Who a reminder goes to, as a key into {@link #findAll}: a contact is an index into its follow-up's list. */
    public record Ref(Reminder.RecipientType type, long id, Long followUpId) {

        public static Ref of(Reminder r) {
            return new Ref(r.recipientType, r.recipientId, r.recipientType == Reminder.RecipientType.CONTACT ? r.followUpId : null);
        }
    }

    /**
     * The recipients of many reminders at once, in two queries at most (residents and staff), for a dispatch
     * batch; a person who no longer exists is missing from the map.
     */
    public Uni<Map<Ref, Recipient>> findAll(Collection<Reminder> reminders, Function<Long, FollowUp> followUps) {
        Map<Ref, Recipient> found = new HashMap<>();
        Set<Long> residents = new HashSet<>();
        Set<Long> staff = new HashSet<>();
        for (Reminder r : reminders) {
            switch (r.recipientType) {
                case RESIDENT -> residents.add(r.recipientId);
                case STAFF -> staff.add(r.recipientId);
                case CONTACT -> {
                    List<Contact> contacts = contacts(followUps.apply(r.followUpId));
                    if (r.recipientId < contacts.size()) {
                        int index = r.recipientId.intValue();
                        found.put(Ref.of(r), fromContact(index, contacts.get(index)));
                    }
                }
            }
        }
        Uni<Void> loadResidents = residents.isEmpty() ? Uni.createFrom().voidItem()
                : Resident.<Resident>list("id in ?1", residents).invoke(list -> list.forEach(
                        p -> found.put(new Ref(Reminder.RecipientType.RESIDENT, p.id, null), fromResident(p))))
                        .replaceWithVoid();
        Uni<Void> loadStaff = staff.isEmpty() ? Uni.createFrom().voidItem()
                : StaffContact.<StaffContact>list("id in ?1", staff).invoke(list -> list.forEach(
                        p -> found.put(new Ref(Reminder.RecipientType.STAFF, p.id, null), fromStaff(p))))
                        .replaceWithVoid();
        return loadResidents.call(() -> loadStaff).replaceWith(found);
    }

    private List<Contact> contacts(FollowUp followUp) {
        if (followUp.contacts == null) {
            return List.of();
        }
        try {
            return json.readValue(followUp.contacts, new TypeReference<List<Contact>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("follow-up " + followUp.id + " has unreadable contacts", e);
        }
    }

    private static Recipient fromResident(Resident r) {
        return new Recipient(Reminder.RecipientType.RESIDENT, r.id, r.name, r.phone, r.email, r.locale,
                channels(r.channels), r.smsOptedOut, r.quietFrom, r.quietTo, r.vacationUntil);
    }

    private static Recipient fromStaff(StaffContact s) {
        return new Recipient(Reminder.RecipientType.STAFF, s.id, s.name, s.phone, s.email, s.locale, List.of(), false,
                null, null, null);
    }

    private static Recipient fromContact(int index, Contact c) {
        return new Recipient(Reminder.RecipientType.CONTACT, index, c.name(), c.phone(), c.email(),
                c.locale() == null ? "zh-CN" : c.locale(), List.of(), false, null, null, null);
    }

    private static List<Channel> channels(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(Channel::valueOf).toList();
    }
}
