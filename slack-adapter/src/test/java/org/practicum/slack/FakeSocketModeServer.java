package org.practicum.slack;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * A loopback Socket Mode endpoint: greets a connecting app with "hello", sends it envelopes as Slack
 * does, and records what the app sends back (the acknowledgements).
 */
final class FakeSocketModeServer extends WebSocketServer implements AutoCloseable {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile WebSocket app;

    FakeSocketModeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    /** The URL to connect to, once the server listens (it binds a free port in the background). */
    String url() throws InterruptedException {
        if (!listening.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the Socket Mode fake did not start");
        }
        return "ws://127.0.0.1:" + getPort() + "/link";
    }

    void awaitConnection() throws InterruptedException {
        if (!connected.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the app did not connect over Socket Mode");
        }
    }

    void sendEnvelope(String envelopeId, String type, String payloadJson) {
        app.send("{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"" + type + "\",\"payload\":" + payloadJson
                + ",\"accepts_response_payload\":" + type.equals("slash_commands") + ",\"retry_attempt\":0,"
                + "\"retry_reason\":\"\"}");
    }

    /** Waits for the app's acknowledgement of an envelope. */
    String awaitAck(String envelopeId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(deadline)) {
            for (String message : received) {
                if (message.contains("\"envelope_id\":\"" + envelopeId + "\"")) {
                    return message;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no ack for " + envelopeId + "; received " + received);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        app = conn;
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A1\"}}");
        connected.countDown();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
        listening.countDown();
    }

    @Override
    public void close() throws InterruptedException {
        stop(1000);
    }
}
