package io.frontdesk.notify.directory.rest;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** Writing many rows in the current transaction. */
final class Rows {

    private Rows() {
    }

    /** Panache's {@code persist(Iterable)} fails on an empty list ("The Uni set is empty"); an empty import is valid. */
    static Uni<Void> persistAll(List<? extends PanacheEntityBase> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem() : PanacheEntityBase.persist(rows);
    }
}
