package io.frontdesk.notify.directory.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.frontdesk.notify.directory.Resident;

public record ResidentView(Long id, String unit, String name, String phone, String email, String locale,
                           List<String> channels, LocalDate movedIn, LocalDate movedOut, boolean smsOptedOut) {

    static ResidentView of(Resident r) {
        List<String> channels = r.channels.isEmpty() ? List.of() : Arrays.asList(r.channels.split(","));
        return new ResidentView(r.id, r.unitCode, r.name, r.phone, r.email, r.locale, channels, r.movedIn,
                r.movedOut, r.smsOptedOut);
    }
}
