package io.frontdesk.notify.engine.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.frontdesk.notify.engine.dispatch.HandoverOrder.Place;
import io.smallrye.mutiny.Uni;

/** A paced sender's messages reach the provider in the order of their slots (issue 6 pacing: "drains in order"). */
class HandoverOrderTest {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static final String SENDER = "sms:+15005550006";
    /** The service's clock when the places are taken. */
    private static final Instant NOW = Instant.parse("2026-06-01T01:30:00Z");

    /** A sender paced to one message a millisecond, whose line waits as long as it takes. */
    private HandoverOrder order = new HandoverOrder(Duration.ofMillis(1), LONG, LONG);
    private final List<String> events = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopTheLoop() {
        order.stop();
    }

    /** A provider call that logs when it starts and answers when {@code answer} completes. */
    private Uni<String> call(String name, CompletableFuture<String> answer) {
        return Uni.createFrom().deferred(() -> {
            events.add(name + " handed over");
            return Uni.createFrom().completionStage(answer).invoke(() -> events.add(name + " answered"));
        });
    }

    private Uni<String> answered(String name) {
        return call(name, CompletableFuture.completedFuture(name));
    }

    /** A place at {@code millis} from now. */
    private Place place(long millis) {
        return order.take(SENDER, NOW.plusMillis(millis), NOW);
    }

    private CompletableFuture<String> handOver(Place place, Uni<String> call) {
        return order.handOver(place, () -> call).subscribeAsCompletionStage();
    }

    @Test
    void aMessageIsHandedOverOnlyOnceTheProviderAnsweredTheOneBeforeIt() {
        Place firstPlace = place(1);
        Place secondPlace = place(2);
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> firstDone = handOver(firstPlace, call("first", first));
        CompletableFuture<String> secondDone = handOver(secondPlace, answered("second"));

        await().pollDelay(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> !events.isEmpty());
        assertThat(events).containsExactly("first handed over");
        first.complete("first");
        await().atMost(Duration.ofSeconds(5)).until(() -> secondDone.isDone() && firstDone.isDone());
        assertThat(events).containsExactly("first handed over", "first answered", "second handed over", "second answered");
    }

    @Test
    void theOrderIsTheSlotsEvenWhenTheLaterMessageIsReadyFirst() throws Exception {
        // two batches' messages whose places were taken when claimed; the earlier one's batch is slow to prepare
        Place earlier = place(1);
        Place later = place(2);
        CompletableFuture<String> laterDone = handOver(later, answered("later"));
        Thread.sleep(200);
        assertThat(events).isEmpty();

        handOver(earlier, answered("earlier"));
        await().atMost(Duration.ofSeconds(5)).until(laterDone::isDone);
        assertThat(events).containsExactly("earlier handed over", "earlier answered", "later handed over", "later answered");
    }

    @Test
    void placesAreOrderedBySlotNotByTheOrderTheyWereTaken() {
        Place later = place(2);
        Place earlier = place(1);
        CompletableFuture<String> laterDone = handOver(later, answered("later"));
        handOver(earlier, answered("earlier"));

        await().atMost(Duration.ofSeconds(5)).until(laterDone::isDone);
        assertThat(events).containsExactly("earlier handed over", "earlier answered", "later handed over", "later answered");
    }

    @Test
    void aMessageIsNotHandedOverBeforeItsSlot() {
        long start = System.nanoTime();
        handOver(place(300), answered("at its slot")).join();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
    }

    @Test
    void aFailedCallLetsTheNextMessageGo() {
        Place firstPlace = place(1);
        Place secondPlace = place(2);
        CompletableFuture<String> first = new CompletableFuture<>();
        handOver(firstPlace, call("first", first)).exceptionally(e -> null);
        CompletableFuture<String> secondDone = handOver(secondPlace, answered("second"));

        first.completeExceptionally(new IllegalStateException("HTTP 500"));
        await().atMost(Duration.ofSeconds(5)).until(secondDone::isDone);
        assertThat(events).containsExactly("first handed over", "second handed over", "second answered");
    }

    @Test
    void aCallThatThrowsFailsItsMessageAndTheLineGoesOn() {
        CompletableFuture<String> thrown = order.<String>handOver(place(1), () -> {
            throw new IllegalStateException("no client");
        }).subscribeAsCompletionStage();
        CompletableFuture<String> next = handOver(place(2), answered("next"));

        await().atMost(Duration.ofSeconds(5)).until(() -> thrown.isCompletedExceptionally() && next.isDone());
        assertThat(events).containsExactly("next handed over", "next answered");
    }

    @Test
    void aProviderThatDoesNotAnswerHoldsTheNextMessageOnlyForTheAnswerWait() {
        order = new HandoverOrder(Duration.ofMillis(1), Duration.ofMillis(200), LONG);
        Place firstPlace = place(1);
        Place secondPlace = place(2);
        long start = System.nanoTime();
        handOver(firstPlace, call("first", new CompletableFuture<>()));
        CompletableFuture<String> secondDone = handOver(secondPlace, answered("second"));

        await().atMost(Duration.ofSeconds(5)).until(secondDone::isDone);
        assertThat(events).containsExactly("first handed over", "second handed over", "second answered");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(190));
    }

    @Test
    void aMessageThatNeverComesHoldsUpTheLineOnlyForTheLongestHold() {
        order = new HandoverOrder(Duration.ofMillis(1), Duration.ofMillis(100), Duration.ofMillis(200));
        place(1); // its batch was given up: it never comes
        Place secondPlace = place(2);
        Place thirdPlace = place(3);
        CompletableFuture<String> secondDone = handOver(secondPlace, answered("second"));
        // the third would wait the full 30 s were the missing one still in the line
        CompletableFuture<String> thirdDone = handOver(thirdPlace, answered("third"));

        await().atMost(Duration.ofSeconds(5)).until(() -> secondDone.isDone() && thirdDone.isDone());
        assertThat(events).containsExactly("second handed over", "second answered", "third handed over", "third answered");
    }

    @Test
    void aMessageThatLeavesItsPlaceLetsTheNextGo() throws Exception {
        Place firstPlace = place(1);
        Place secondPlace = place(2);
        CompletableFuture<String> secondDone = handOver(secondPlace, answered("second"));
        Thread.sleep(100);
        assertThat(events).isEmpty();

        order.leave(firstPlace);
        await().atMost(Duration.ofSeconds(5)).until(secondDone::isDone);
        assertThat(events).containsExactly("second handed over", "second answered");
    }

    @Test
    void sendersDoNotWaitForEachOtherNorDoUnpacedMessages() {
        handOver(place(1), call("paced", new CompletableFuture<>()));
        await().atMost(Duration.ofSeconds(5)).until(() -> !events.isEmpty());
        handOver(order.take("sms:MG0123", NOW.plusMillis(2), NOW), answered("other sender")).join();
        handOver(order.take("", NOW.plusMillis(2), NOW), answered("unpaced")).join();

        assertThat(events).containsExactly("paced handed over", "other sender handed over", "other sender answered",
                "unpaced handed over", "unpaced answered");
    }

    @Test
    void aSenderPacedFasterThanAMillisecondPerAnswerHasNoLine() {
        order = new HandoverOrder(Duration.ofNanos(10_000), Duration.ofNanos(100_000), Duration.ofSeconds(1));

        assertThat(order.take(SENDER, NOW, NOW)).isSameAs(HandoverOrder.NONE);
    }

    @Test
    void messagesSomewhatLateForTheirSlotsCatchUpOneAfterTheOtherAsTheProviderAnswers() {
        Duration interval = Duration.ofSeconds(1);
        order = new HandoverOrder(interval, Duration.ofMillis(200), Duration.ofSeconds(3));
        // a cold start or a stall left them 2 s and 1 s late, within the longest hold: kept to the pace, every message
        // after them would stay that late for as long as the sender is busy
        Place first = order.take(SENDER, NOW.minusSeconds(2), NOW);
        Place second = order.take(SENDER, NOW.minusSeconds(1), NOW);
        long start = System.nanoTime();
        handOver(first, answered("first"));
        handOver(second, answered("second")).join();

        assertThat(events).containsExactly("first handed over", "first answered", "second handed over", "second answered");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(interval);
    }

    @Test
    void aBatchLaterForItsSlotsThanTheLongestHoldLeavesAtThePaceNotAllAtOnce() {
        Duration interval = Duration.ofMillis(300);
        order = new HandoverOrder(interval, Duration.ofMillis(100), Duration.ofSeconds(1));
        // both slots passed long before their batch was prepared (a slow round): sent at once, they would outrun the pace
        Place first = order.take(SENDER, NOW.minusSeconds(5), NOW);
        Place second = order.take(SENDER, NOW.minusSeconds(5).plus(interval), NOW);
        List<Long> handedOver = new CopyOnWriteArrayList<>();
        handOver(first, Uni.createFrom().item("first").invoke(() -> handedOver.add(System.nanoTime())));
        handOver(second, Uni.createFrom().item("second").invoke(() -> handedOver.add(System.nanoTime()))).join();

        // the loop's hand-overs are an interval apart, the calls start a moment after them; sent at once, they would
        // start well within a millisecond of each other
        assertThat(Duration.ofNanos(handedOver.get(1) - handedOver.get(0))).isGreaterThan(interval.minusMillis(20));
    }
}
