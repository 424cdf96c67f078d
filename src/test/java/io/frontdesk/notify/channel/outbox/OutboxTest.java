package io.frontdesk.notify.channel.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.frontdesk.notify.channel.Channel;
import io.frontdesk.notify.channel.OutboundMessage;
import io.frontdesk.notify.channel.SendReceipt;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

@QuarkusTest
class OutboxTest {

    @Inject
    OutboxSender outbox;

    @Test
    void storesTheMessageAndListsItNewestFirst() throws Throwable {
        SendReceipt first = store(new OutboundMessage(1, Channel.SMS, "+8613900000001", null, "first", null, "zh-CN"));
        SendReceipt second = store(new OutboundMessage(2, Channel.SMS, "+8613900000001", null, "second", null, "zh-CN"));

        assertEquals("outbox", first.provider());
        assertEquals("stored", first.status());
        given().queryParam("to", "+8613900000001")
                .when().get("/api/outbox")
                .then().statusCode(200)
                .body("body", contains("second", "first"))
                .body("id[0]", equalTo(Integer.parseInt(second.providerId())))
                .body("[0].deliveryId", equalTo(2))
                .body("[0].channel", equalTo("SMS"));
    }

    @Test
    void filtersByChannelAndHonoursTheLimit() throws Throwable {
        store(new OutboundMessage(3, Channel.EMAIL, "tenant@example.com", "包裹到達", "請領取包裹", null, "zh-CN"));
        store(new OutboundMessage(4, Channel.VOICE, "tenant@example.com", null, "voice text", null, "zh-CN"));
        store(new OutboundMessage(5, Channel.EMAIL, "tenant@example.com", "第二封", "再次提醒", null, "zh-CN"));

        given().queryParam("to", "tenant@example.com").queryParam("channel", "EMAIL")
                .when().get("/api/outbox")
                .then().statusCode(200)
                .body("subject", contains("第二封", "包裹到達"));
        given().queryParam("to", "tenant@example.com").queryParam("limit", 1)
                .when().get("/api/outbox")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].deliveryId", equalTo(5));
    }

    private SendReceipt store(OutboundMessage message) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> outbox.send(message));
    }
}
