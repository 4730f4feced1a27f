package eu.twinning;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes new partners through an instance, one after another, until it is stopped or the instance
 * dies (a SIGKILL, say), and keeps the slugs of those acknowledged with a 201.
 */
final class PartnerWriter implements AutoCloseable {

    private final List<String> acknowledged = new CopyOnWriteArrayList<>();
    private final AtomicBoolean writing = new AtomicBoolean(true);
    private final Thread thread;

    private PartnerWriter(AppProcess app, String prefix) {
        thread = new Thread(() -> {
            while (writing.get()) {
                String slug = Fixtures.uniqueSlug(prefix);
                try {
                    if (app.send("POST", "/api/v1/partners", Fixtures.partner(slug)).statusCode() == 201) {
                        acknowledged.add(slug);
                    }
                } catch (Exception killed) {
                    writing.set(false);
                }
            }
        });
        thread.start();
    }

    static PartnerWriter start(AppProcess app, String prefix) {
        return new PartnerWriter(app, prefix);
    }

    void awaitAcknowledged(int count) throws InterruptedException {
        while (acknowledged.size() < count) {
            Thread.sleep(20);
        }
    }

    List<String> acknowledged() {
        return acknowledged;
    }

    /** Stops writing and waits for the write in flight. */
    @Override
    public void close() throws InterruptedException {
        writing.set(false);
        thread.join();
    }
}
