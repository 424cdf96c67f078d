package io.frontdesk.notify.directory.rest;

import io.frontdesk.notify.directory.Unit;

public record UnitView(String code, String description) {

    static UnitView of(Unit u) {
        return new UnitView(u.code, u.description);
    }
}
