package io.frontdesk.notify.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/** A paced sender's messages reach the provider in the order their slots came (issue 6 pacing: "drains in order"). */
class HandoverOrderTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    private final HandoverOrder order = new HandoverOrder();
    private final List<String> events = new CopyOnWriteArrayList<>();

    /** A provider call that logs when it starts and answers when {@code answer} completes. */
    private Uni<String> call(String name, CompletableFuture<String> answer) {
        return Uni.createFrom().deferred(() -> {
            events.add(name + " handed over");
            return Uni.createFrom().completionStage(answer).invoke(() -> events.add(name + " answered"));
        });
    }

    @Test
    void aMessageIsHandedOverOnlyOnceTheProviderAnsweredTheOneBeforeIt() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> second = CompletableFuture.completedFuture("second");
        CompletableFuture<String> firstDone = order.inTurn("sms:+15005550006", LONG, () -> call("first", first))
                .subscribeAsCompletionStage();
        CompletableFuture<String> secondDone = order.inTurn("sms:+15005550006", LONG, () -> call("second", second))
                .subscribeAsCompletionStage();

        assertThat(events).containsExactly("first handed over");
        first.complete("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> secondDone.isDone() && firstDone.isDone());
        assertThat(events).containsExactly("first handed over", "first answered", "second handed over", "second answered");
    }

    @Test
    void aFailedCallLetsTheNextMessageGo() {
        CompletableFuture<String> first = new CompletableFuture<>();
        order.inTurn("sms:+15005550006", LONG, () -> call("first", first)).subscribe().with(x -> { }, e -> { });
        CompletableFuture<String> secondDone = order.inTurn("sms:+15005550006", LONG,
                () -> call("second", CompletableFuture.completedFuture("second"))).subscribeAsCompletionStage();

        first.completeExceptionally(new IllegalStateException("HTTP 500"));
        await().atMost(Duration.ofSeconds(5)).until(secondDone::isDone);
        assertThat(events).containsExactly("first handed over", "second handed over", "second answered");
    }

    @Test
    void aProviderThatDoesNotAnswerHoldsTheNextMessageOnlyForTheLongestWait() {
        order.inTurn("sms:+15005550006", Duration.ofMillis(200), () -> call("first", new CompletableFuture<>()))
                .subscribe().with(x -> { });
        CompletableFuture<String> secondDone = order.inTurn("sms:+15005550006", Duration.ofMillis(200),
                () -> call("second", CompletableFuture.completedFuture("second"))).subscribeAsCompletionStage();

        await().atMost(Duration.ofSeconds(5)).until(secondDone::isDone);
        assertThat(events).containsExactly("first handed over", "second handed over", "second answered");
    }

    @Test
    void aMessageAlreadyPastItsLongestWaitGoesAtOnceAndTheNextWaitsForIt() {
        CompletableFuture<String> second = new CompletableFuture<>();
        order.inTurn("sms:+15005550006", LONG, () -> call("first", new CompletableFuture<>())).subscribe().with(x -> { });
        order.inTurn("sms:+15005550006", Duration.ofMillis(-40), () -> call("late", second)).subscribe().with(x -> { });
        CompletableFuture<String> thirdDone = order.inTurn("sms:+15005550006", LONG,
                () -> call("third", CompletableFuture.completedFuture("third"))).subscribeAsCompletionStage();

        assertThat(events).containsExactly("first handed over", "late handed over");
        second.complete("late");
        await().atMost(Duration.ofSeconds(5)).until(thirdDone::isDone);
        assertThat(events).containsExactly("first handed over", "late handed over", "late answered",
                "third handed over", "third answered");
    }

    @Test
    void sendersDoNotWaitForEachOtherNorDoUnpacedMessages() {
        order.inTurn("sms:+15005550006", LONG, () -> call("paced", new CompletableFuture<>())).subscribe().with(x -> { });
        CompletableFuture<String> other = order.inTurn("sms:MG0123", LONG,
                () -> call("other sender", CompletableFuture.completedFuture("x"))).subscribeAsCompletionStage();
        CompletableFuture<String> unpaced = order.inTurn("", LONG,
                () -> call("unpaced", CompletableFuture.completedFuture("x"))).subscribeAsCompletionStage();

        await().atMost(Duration.ofSeconds(5)).until(() -> other.isDone() && unpaced.isDone());
        assertThat(events).containsExactly("paced handed over", "other sender handed over", "other sender answered",
                "unpaced handed over", "unpaced answered");
    }
}
