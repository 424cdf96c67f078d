package io.frontdesk.notify.engine.followup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.frontdesk.notify.channel.Channel;

/**
 * A person a reminder can reach, tenant or staff, with what is needed to reach them and when not to.
 *
 * @param quietFrom     start of the person's own quiet hours, or null
 * @param vacationUntil pickup reminders wait until this date, or null
 */
public record Recipient(Reminder.RecipientType type, long id, String name, String phone, String email, String locale,
                        List<Channel> preferredChannels, boolean smsOptedOut, LocalTime quietFrom, LocalTime quietTo,
                        LocalDate vacationUntil) {

    /** Whether {@code time} falls in the person's own quiet hours (which may wrap past midnight). */
    public boolean quietAt(LocalTime time) {
        if (quietFrom == null || quietTo == null || quietFrom.equals(quietTo)) {
            return false;
        }
        return quietFrom.isBefore(quietTo)
                ? !time.isBefore(quietFrom) && time.isBefore(quietTo)
                : !time.isBefore(quietFrom) || time.isBefore(quietTo);
    }

    /** The address for a channel, or null when this person cannot be reached on it. */
    public String addressFor(Channel channel) {
        return switch (channel) {
            case SMS -> smsOptedOut ? null : phone;
            case VOICE -> phone;
            case EMAIL -> email;
        };
    }
}
