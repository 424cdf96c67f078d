package io.frontdesk.notify.directory;

import io.frontdesk.notify.common.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/** Finding a property named in a request path; every directory endpoint starts here. */
public final class Properties {

    private Properties() {
    }

    /** The property, or a failed Uni with a 404 problem naming {@code code}. */
    public static Uni<Property> existing(String code) {
        return Property.<Property>findById(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("code", "property '" + code + "'"));
    }
}
