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
 * A loopback Socket Mode endpoint: greets each connecting app with "hello", sends envelopes over the
 * connection a test picks (Slack spreads an app's events over all its open connections), and records
 * what the apps send back (the acknowledgements).
 */
final class FakeSocketModeServer extends WebSocketServer implements AutoCloseable {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<WebSocket> connections = new CopyOnWriteArrayList<>();
    private final CountDownLatch listening = new CountDownLatch(1);

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
        awaitConnections(1);
    }

    void awaitConnections(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (connections.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(count + " Socket Mode connection(s) expected, " + connections.size() + " open");
            }
            Thread.sleep(20);
        }
    }

    void sendEnvelope(String envelopeId, String type, String payloadJson) {
        sendEnvelope(0, envelopeId, type, payloadJson, 0);
    }

    /** An envelope over the {@code connection}-th connection opened; {@code retryAttempt} > 0 is Slack retrying. */
    void sendEnvelope(int connection, String envelopeId, String type, String payloadJson, int retryAttempt) {
        connections.get(connection).send("{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"" + type
                + "\",\"payload\":" + payloadJson + ",\"accepts_response_payload\":" + type.equals("slash_commands")
                + ",\"retry_attempt\":" + retryAttempt + ",\"retry_reason\":\"" + (retryAttempt > 0 ? "timeout" : "")
                + "\"}");
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
        connections.add(conn);
        conn.send("{\"type\":\"hello\",\"num_connections\":" + connections.size() + ",\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"A1\"}}");
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
