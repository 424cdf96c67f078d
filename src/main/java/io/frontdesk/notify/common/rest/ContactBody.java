package io.frontdesk.notify.common.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.directory.PhoneNumbers;
import io.frontdesk.notify.engine.followup.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person to reach who is neither resident nor staff (a pass holder, a guest), as a client sends it. */
public record ContactBody(
        @NotBlank @Size(max = 200) String name,
        @Schema(examples = "139 0013 9000") @Size(max = 30) String phone,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String locale) {

    /** The contact with its phone in E.164; a bad number is a 400 naming {@code field}.phone. */
    public Contact toContact(String field) {
        String e164 = null;
        if (phone != null && !phone.isBlank()) {
            try {
                e164 = PhoneNumbers.toE164(phone);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField(field + ".phone", e.getMessage());
            }
        }
        return new Contact(name.strip(), e164, email, locale == null ? "zh-CN" : locale);
    }
}
