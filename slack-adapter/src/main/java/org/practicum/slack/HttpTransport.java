package org.practicum.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode with no servlet container: the JDK's HTTP server hands each request on {@value #PATH} to
 * Bolt's parser and {@code app.run}, and writes Bolt's response back (what Bolt's servlet adapters do).
 */
final class HttpTransport implements AutoCloseable {

    static final String PATH = "/slack/events";
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final App app;
    private final SlackRequestParser parser;
    private final int port;
    private HttpServer server;
    private ExecutorService pool;

    HttpTransport(App app, int port) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.port = port;
    }

    /** Starts listening; returns the port (useful when 0 asked for any free one). */
    int start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(port), 64);
        pool = Executors.newFixedThreadPool(4);
        server.setExecutor(pool);
        server.createContext(PATH, this::handle);
        server.start();
        LOG.info("slack: serving HTTP requests on port {} at {}", server.getAddress().getPort(), PATH);
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
            Request<?> request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(exchange.getRequestURI().getPath())
                    .queryString(query(exchange.getRequestURI().getRawQuery()))
                    .headers(new RequestHeaders(headers))
                    .requestBody(body)
                    .remoteAddress(exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
            Response response = request == null ? Response.error(400) : app.run(request);
            write(exchange, response);
        } catch (Exception e) {
            LOG.warn("slack: could not handle an HTTP request: {}", e.toString());
            exchange.sendResponseHeaders(500, -1);
        }
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, values) -> exchange.getResponseHeaders().put(name, values));
        }
        if (response.getContentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.getContentType());
        }
        byte[] body = response.getBody() == null ? new byte[0] : response.getBody().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(response.getStatusCode(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(1);
            pool.shutdownNow();
        }
    }
}
