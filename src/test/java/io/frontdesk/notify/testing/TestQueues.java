package io.frontdesk.notify.testing;

import java.util.Map;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Arguments of the test run's own dead-letter queue (application.properties, %test): gone an hour after its last use. */
@ApplicationScoped
public class TestQueues {

    @Produces
    @Identifier("frontdesk-test-dead-letter-queue")
    Map<String, Object> deadLetterQueue() {
        return Map.of("x-expires", 3_600_000);
    }
}
