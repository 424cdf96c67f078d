package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.directory.StaffContact;

public record StaffView(Long id, String role, String name, String phone, String email, String locale) {

    static StaffView of(StaffContact s) {
        return new StaffView(s.id, s.role, s.name, s.phone, s.email, s.locale);
    }
}
