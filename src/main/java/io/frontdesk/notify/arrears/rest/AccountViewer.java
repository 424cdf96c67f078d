package io.frontdesk.notify.arrears.rest;

import io.frontdesk.notify.arrears.ArrearsAccount;
import io.frontdesk.notify.arrears.ArrearsService;
import io.frontdesk.notify.arrears.rest.ArrearsViews.AccountView;
import io.frontdesk.notify.directory.CalendarService;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** An account as staff and its tenant see it: worked out now, times in the property's zone (R-ARR-2). */
@ApplicationScoped
public class AccountViewer {

    @Inject
    ArrearsService arrears;

    @Inject
    CalendarService calendars;

    public Uni<AccountView> view(ArrearsAccount account) {
        return calendars.calendarOf(account.propertyCode).flatMap(calendar -> arrears.status(account)
                .map(status -> ArrearsViews.account(account, status, calendar.zone())));
    }
}
