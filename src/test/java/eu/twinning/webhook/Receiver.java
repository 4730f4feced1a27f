package eu.twinning.webhook;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver: a real HTTP server on a free port, which records each request and answers
 * the statuses it is given in turn (then 200).
 */
public final class Receiver implements AutoCloseable {

    /** One request as received: lower-case header names. */
    public record Request(Map<String, List<String>> headers, String body) {

        public String header(String name) {
            List<String> values = headers.get(name);
            return values == null ? null : values.get(0);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;
    private volatile java.time.Duration delay = java.time.Duration.ZERO;

    private Receiver(String host) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, 0), 16);
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8, task -> {
            Thread thread = new Thread(task, "receiver");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", exchange -> {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values));
            requests.add(new Request(headers, new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? otherwise : status, -1);
            exchange.close();
        });
        server.start();
    }

    /** On 127.0.0.2, which the test profile allows (TWINNING_WEBHOOKS_ALLOWED_NETWORKS). */
    public static Receiver start() throws IOException {
        return new Receiver("127.0.0.2");
    }

    public static Receiver on(String host) throws IOException {
        return new Receiver(host);
    }

    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/hook";
    }

    /** Answers these statuses to the next requests, then the usual one. */
    public Receiver answering(Integer... statuses) {
        answers.addAll(List.of(statuses));
        return this;
    }

    /** Takes this long to answer each request (after recording it), as a slow receiver does. */
    public Receiver delay(java.time.Duration time) {
        delay = time;
        return this;
    }

    public Receiver otherwise(int status) {
        otherwise = status;
        return this;
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
