package eu.twinning.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import eu.twinning.security.Caller;
import eu.twinning.i18n.Language;
import eu.twinning.security.Role;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Two writers read the same version before either writes: exactly one commits, and the other
 * fails with an error the API answers as 409, whatever the database.
 */
@QuarkusTest
class OptimisticLockingTest {

    @Inject
    PartnerRepository partners;

    @Inject
    PartnerService service;

    @Test
    void twoInterleavedUpdatesEndInOneSuccessAndOneConflict() throws Exception {
        service.create(new PartnerInput("race-test", "FI", null, PartnerKind.CITY, java.util.Map.of("en", "Race"),
                null, null, null, null, 1), new Caller("test", Role.ADMIN, null, null), new Language("en"));
        CountDownLatch bothRead = new CountDownLatch(2);
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> write(bothRead, 2));
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> write(bothRead, 3));
        Throwable a = first.get(30, TimeUnit.SECONDS);
        Throwable b = second.get(30, TimeUnit.SECONDS);

        assertThat(a == null ^ b == null).as("exactly one of %s and %s failed", a, b).isTrue();
        Throwable failure = a != null ? a : b;
        // The exceptions that ProblemMappers.concurrentUpdate answers with 409.
        assertThat(causes(failure)).as(String.valueOf(failure)).anyMatch(
                e -> e instanceof jakarta.persistence.OptimisticLockException
                        || e instanceof org.hibernate.StaleStateException);
        int stored = QuarkusTransaction.requiringNew().call(() -> partners.findBySlug("race-test").orElseThrow().participants);
        assertThat(stored).isEqualTo(a == null ? 2 : 3);
    }

    private static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    private Throwable write(CountDownLatch bothRead, int participants) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Partner partner = partners.findBySlug("race-test").orElseThrow();
                bothRead.countDown();
                await(bothRead);
                partner.participants = participants;
                partner.markChanged();
                partners.flush();
            });
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
