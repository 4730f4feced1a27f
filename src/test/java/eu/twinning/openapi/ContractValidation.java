package eu.twinning.openapi;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.quarkus.test.junit.callback.QuarkusTestBeforeClassCallback;
import io.restassured.RestAssured;

/**
 * Puts the ContractFilter under every RestAssured request of the test suite, so that no test
 * can forget it. @QuarkusTest classes run in Quarkus' class loader, with a RestAssured of their
 * own: the Quarkus callback reaches that one, the JUnit extension (auto-detected, as quarkus-junit
 * enables) the one of tests against the packaged jar.
 */
public class ContractValidation implements QuarkusTestBeforeClassCallback, BeforeAllCallback {

    private static ContractFilter filter;

    @Override
    public void beforeClass(Class<?> testClass) {
        install();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Compared by name: a @QuarkusTest class and its annotations live in another class loader.
        boolean quarkusTest = java.util.Arrays.stream(context.getRequiredTestClass().getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals("io.quarkus.test.junit.QuarkusTest"));
        if (!quarkusTest) {
            install();
        }
    }

    private static synchronized void install() {
        if (filter == null) {
            filter = ContractFilter.forSpec(ContractFilter.SPEC);
        }
        if (!RestAssured.filters().contains(filter)) {
            RestAssured.filters(filter);
        }
    }
}
