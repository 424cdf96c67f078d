package io.frontdesk.notify.handover;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What one shift hands to the next (交接班, R-LUG-5, R-ITEM-4, R-DESK-2). Times are local to the property.
 */
public record Handover(String property, String propertyName, OffsetDateTime since, OffsetDateTime asOf,
                       List<LuggageRow> luggageStored, List<LuggageRow> luggageDeposited,
                       List<LuggageRow> luggageCollected, List<ItemRow> itemsHeld, List<KeyRow> keysOut,
                       List<ParcelRow> parcelsWaiting, List<MailRow> mailHeld, List<FollowUpRow> openFollowUps) {

    public record LuggageRow(Long id, int ticketNumber, String depositor, String unit, String size, int pieces,
                             String location, OffsetDateTime depositedAt, String depositedBy, boolean ticketLost,
                             OffsetDateTime collectedAt, String collectedBy, String handedOverBy) {
    }

    public record ItemRow(Long id, String label, String unit, String owner, String description,
                          String designatedCollector, String depositor, String expectedOn, OffsetDateTime loggedAt,
                          String handledBy) {
    }

    public record KeyRow(Long id, String keyCode, String borrower, OffsetDateTime lentAt, OffsetDateTime dueBackAt,
                         boolean overdue) {
    }

    public record ParcelRow(Long id, String unit, String kind, String carrier, String trackingNumber,
                            OffsetDateTime arrivedAt) {
    }

    public record MailRow(Long id, String unit, String addressee, int pieces, String reason, OffsetDateTime receivedAt) {
    }

    /** An open matter and its next step: the earliest reminder still planned, if any. */
    public record FollowUpRow(Long id, String kind, String subject, String unit, OffsetDateTime openedAt,
                              String nextStep, String nextAudience, OffsetDateTime nextDueAt) {
    }
}
