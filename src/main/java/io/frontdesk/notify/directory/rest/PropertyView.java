package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.directory.Property;

public record PropertyView(String code, String name, String timeZone, String weekdayHours, String weekendHours) {

    static PropertyView of(Property p) {
        return new PropertyView(p.code, p.name, p.timeZone, p.weekdayHours, p.weekendHours);
    }
}
