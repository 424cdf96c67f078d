package io.frontdesk.notify.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The envelope of a billing system's message (channel {@code billing-events}); the other fields of the message
 * are the body of the REST call its type stands for. {@code messageId} is the sender's id of this message: a
 * redelivery with the same id records nothing twice.
 */
record BillingEvent(
        @NotBlank @Size(max = 200) String messageId,
        @NotNull(message = "must be period or payment") Type type,
        @NotBlank @Size(max = 32) String property) {

    static final String MESSAGE_ID = "messageId";
    static final String TYPE = "type";
    static final String PROPERTY = "property";

    enum Type {
        /** A bill, as POST /api/properties/{code}/arrears/periods. */
        PERIOD,
        /** A payment, as POST /api/properties/{code}/arrears/payments. */
        PAYMENT;

        static Type of(String name) {
            for (Type type : values()) {
                if (type.name().toLowerCase(java.util.Locale.ROOT).equals(name)) {
                    return type;
                }
            }
            return null;
        }
    }
}
