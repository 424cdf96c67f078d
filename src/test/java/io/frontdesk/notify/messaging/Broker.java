package io.frontdesk.notify.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;

/** Another building system on the machine's real RabbitMQ, with the plain AMQP client. */
final class Broker implements AutoCloseable {

    private final Connection connection;
    private final Channel channel;

    Broker() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(5672);
        factory.setUsername("guest");
        factory.setPassword("guest");
        connection = factory.newConnection("frontdesk-notify tests");
        channel = connection.createChannel();
    }

    /** Publishes as a locker would: to the default exchange, routed by the queue's name. */
    void publishArrival(String body) throws Exception {
        publish(configured("mp.messaging.incoming.parcel-arrivals.queue.name"), body);
    }

    /** Publishes as the billing system would. */
    void publishBillingEvent(String body) throws Exception {
        publish(configured("mp.messaging.incoming.billing-events.queue.name"), body);
    }

    /** Publishes as the access-control system would. */
    void publishPassEvent(String body) throws Exception {
        publish(configured("mp.messaging.incoming.pass-events.queue.name"), body);
    }

    /** Waits for a dead letter that {@code wanted} accepts, on this test run's own dead-letter queue. */
    Received awaitDeadLetter(Predicate<Received> wanted) {
        return await(deadLetterQueue(), wanted);
    }

    /** Takes every dead letter waiting off this run's queue; their bodies. */
    List<String> drainDeadLetters() throws Exception {
        return drain(deadLetterQueue());
    }

    /** The test profile gives each run queues of its own (application.properties, %test). */
    private static String configured(String key) {
        return ConfigProvider.getConfig().getValue(key, String.class);
    }

    private static String deadLetterQueue() {
        return configured("mp.messaging.incoming.parcel-arrivals.dead-letter-queue-name");
    }

    private void publish(String queue, String body) throws Exception {
        AMQP.BasicProperties props = new AMQP.BasicProperties.Builder()
                .contentType("application/json").deliveryMode(2).build();
        channel.basicPublish("", queue, props, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Takes every message waiting on {@code queue} off it; their bodies. */
    private List<String> drain(String queue) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (GetResponse response = channel.basicGet(queue, true); response != null; response = channel.basicGet(queue, true)) {
            bodies.add(new String(response.getBody(), StandardCharsets.UTF_8));
        }
        return bodies;
    }

    /** A queue of the test's own on the notification exchange; deleted when the connection closes. */
    String bindNotifications(String routingKey) throws Exception {
        channel.exchangeDeclare("frontdesk.notifications", "topic", true);
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, "frontdesk.notifications", routingKey);
        return queue;
    }

    /** Waits for a message on {@code queue} that {@code wanted} accepts; others are taken off the queue. */
    Received await(String queue, Predicate<Received> wanted) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    GetResponse response = channel.basicGet(queue, true);
                    if (response == null) {
                        return null;
                    }
                    Received received = new Received(response.getEnvelope().getRoutingKey(),
                            response.getProps().getMessageId(),
                            response.getProps().getHeaders() == null ? Map.of() : response.getProps().getHeaders(),
                            new String(response.getBody(), StandardCharsets.UTF_8));
                    return wanted.test(received) ? received : null;
                }, r -> r != null);
    }

    record Received(String routingKey, String messageId, Map<String, Object> headers, String body) {

        String header(String name) {
            Object value = headers.get(name);
            return value == null ? null : value.toString();
        }
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
