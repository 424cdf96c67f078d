package io.frontdesk.notify.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;

/**
 * Before each test, REST Assured calls that carry no Authorization header get a token with every staff
 * role for every property, so tests of behaviour need not repeat it. Access tests send their own header,
 * or call {@link #anonymous()} to send none.
 */
public class AuthenticatedByDefault implements QuarkusTestBeforeEachCallback {

    private static String superuser;
    private static volatile boolean active;

    private static final Filter DEFAULT_TOKEN = (request, response, context) -> {
        if (active && !request.getHeaders().hasHeaderWithName("Authorization")) {
            request.header("Authorization", "Bearer " + superuser);
        }
        return context.next(request, response);
    };

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (superuser == null) {
            superuser = Tokens.superuser();
        }
        active = true;
        RestAssured.replaceFiltersWith(DEFAULT_TOKEN);
    }

    /** For the rest of this test, requests carry no token unless they add one. */
    public static void anonymous() {
        active = false;
    }
}
