package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.common.audit.Audited;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.common.problem.FieldError;
import io.frontdesk.notify.common.problem.ProblemException;
import io.frontdesk.notify.common.security.Caller;
import io.frontdesk.notify.common.security.Roles;
import io.frontdesk.notify.directory.Resident;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A tenant's own profile and preferences: channels, language, quiet hours and a vacation hold. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenant self-service")
@RolesAllowed(Roles.TENANT)
@Audited
public class MeResource {

    public record Me(Long id, String property, String unit, String name, String phone, String email, String locale,
                     List<String> channels, boolean smsOptedOut, Preferences.QuietHours quietHours,
                     LocalDate vacationUntil) {

        static Me of(Resident r) {
            return new Me(r.id, r.propertyCode, r.unitCode, r.name, r.phone, r.email, r.locale,
                    ResidentView.of(r).channels(), r.smsOptedOut,
                    r.quietFrom == null ? null : new Preferences.QuietHours(r.quietFrom, r.quietTo), r.vacationUntil);
        }
    }

    /**
     * @param channels      preferred channels in order (SMS, VOICE, EMAIL); empty for the policy's order
     * @param locale        zh-CN or en
     * @param quietHours    times nothing should reach me, e.g. 12:00–14:00; null for none
     * @param vacationUntil pickup reminders wait until this date; null for none
     */
    public record Preferences(List<String> channels, String locale, QuietHours quietHours, LocalDate vacationUntil) {

        public record QuietHours(@JsonFormat(pattern = "HH:mm") LocalTime from, @JsonFormat(pattern = "HH:mm") LocalTime to) {
        }
    }

    @Inject
    Caller caller;

    @GET
    @WithSession
    @Operation(summary = "My profile and preferences")
    public Uni<Me> me() {
        return mine().map(Me::of);
    }

    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    @WithTransaction
    @Operation(summary = "Set my channels, language, quiet hours and vacation hold")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "away", value = """
            {"channels": ["EMAIL", "SMS"], "locale": "en", "quietHours": {"from": "12:00", "to": "14:00"},
             "vacationUntil": "2026-12-20"}""")))
    public Uni<Me> setPreferences(Preferences preferences) {
        if (preferences == null) {
            throw ProblemException.badField("body", "preferences are required");
        }
        List<FieldError> errors = new ArrayList<>();
        List<String> channels = preferences.channels() == null ? List.of() : preferences.channels();
        for (int i = 0; i < channels.size(); i++) {
            try {
                Channel.valueOf(channels.get(i));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.add(new FieldError("channels[" + i + "]", "must be SMS, VOICE or EMAIL"));
            }
        }
        if (preferences.locale() != null && !List.of("zh-CN", "en").contains(preferences.locale())) {
            errors.add(new FieldError("locale", "must be zh-CN or en"));
        }
        Preferences.QuietHours quiet = preferences.quietHours();
        if (quiet != null && (quiet.from() == null || quiet.to() == null || quiet.from().equals(quiet.to()))) {
            errors.add(new FieldError("quietHours", "needs a 'from' and a different 'to' (HH:mm)"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badFields(errors);
        }
        return mine().map(resident -> {
            resident.channels = String.join(",", channels);
            if (preferences.locale() != null) {
                resident.locale = preferences.locale();
            }
            resident.quietFrom = quiet == null ? null : quiet.from();
            resident.quietTo = quiet == null ? null : quiet.to();
            resident.vacationUntil = preferences.vacationUntil();
            return Me.of(resident);
        });
    }

    private Uni<Resident> mine() {
        long id = caller.residentId();
        return Resident.<Resident>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("resident", "your resident record"));
    }
}
