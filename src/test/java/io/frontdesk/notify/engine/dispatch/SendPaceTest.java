package io.frontdesk.notify.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

/** One sender, one pace, however many dispatchers reserve slots at once (issue 6 pacing). */
@QuarkusTest
class SendPaceTest {

    static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    @Inject
    SendPace pace;

    private List<Instant> reserve(String sender, int count) {
        List<Instant> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            slots.addAll(inTransaction(() -> pace.reserve(sender, NOW, Duration.ofSeconds(1), 1)));
        }
        return slots;
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBusySendersSlotsFollowEachOtherOneIntervalApart() {
        List<Instant> slots = reserve("sms:+15550000001", 4);
        assertThat(slots).containsExactly(NOW, NOW.plusSeconds(1), NOW.plusSeconds(2), NOW.plusSeconds(3));
        assertThat(reserve("sms:+15550000002", 1)).containsExactly(NOW); // another sender has its own pace
    }

    @Test
    void twoDispatchersReservingAtOnceNeverShareASlot() throws Exception {
        CompletableFuture<List<Instant>> a = CompletableFuture.supplyAsync(() -> reserve("sms:+15550000003", 10));
        CompletableFuture<List<Instant>> b = CompletableFuture.supplyAsync(() -> reserve("sms:+15550000003", 10));
        List<Instant> all = new ArrayList<>(a.get());
        all.addAll(b.get());

        assertThat(all).doesNotHaveDuplicates().hasSize(20);
        assertThat(all.stream().sorted().toList().get(19)).isEqualTo(NOW.plusSeconds(19));
    }
}
