package io.frontdesk.notify.engine.followup;

import java.util.List;

import io.frontdesk.notify.channel.Channel;

/** A person a reminder can reach, tenant or staff, with what is needed to reach them. */
public record Recipient(Reminder.RecipientType type, long id, String name, String phone, String email, String locale,
                        List<Channel> preferredChannels, boolean smsOptedOut) {

    /** The address for a channel, or null when this person cannot be reached on it. */
    public String addressFor(Channel channel) {
        return switch (channel) {
            case SMS -> smsOptedOut ? null : phone;
            case VOICE -> phone;
            case EMAIL -> email;
        };
    }
}
