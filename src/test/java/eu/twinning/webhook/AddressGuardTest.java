package eu.twinning.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** Where deliveries may go, under the default configuration: https, to public addresses only. */
class AddressGuardTest {

    private static final AddressGuard DEFAULTS = new AddressGuard(false, List.of(), InetAddress::getAllByName);

    @Test
    void innerAddressesAndNamesThatResolveToThemAreRefused() {
        for (String url : List.of("https://127.0.0.1/", "https://169.254.169.254/latest/meta-data/",
                "https://10.0.0.1/", "https://localhost/", "https://[::1]/", "https://172.16.5.4/",
                "https://[fd00::1]/", "https://[fe80::1]/", "https://0.0.0.0/", "https://[::ffff:127.0.0.1]/")) {
            assertThat(DEFAULTS.refusal(url)).as(url).hasValueSatisfying(why -> assertThat(why).contains("address"));
        }
    }

    @Test
    void httpsToAPublicAddressIsAllowedAndPlainHttpOnlyWhenConfigured() {
        assertThat(DEFAULTS.refusal("https://93.184.216.34/hook")).isEmpty();
        assertThat(DEFAULTS.refusal("http://93.184.216.34/hook")).hasValue("must be an https URL");
        assertThat(new AddressGuard(true, List.of(), InetAddress::getAllByName).refusal("http://93.184.216.34/hook"))
                .isEmpty();
    }

    @Test
    void aConfiguredRangeAllowsItsAddressesOnly() {
        AddressGuard intranet = new AddressGuard(false, List.of(AddressRange.parse("10.1.0.0/16")),
                InetAddress::getAllByName);
        assertThat(intranet.refusal("https://10.1.2.3/hook")).isEmpty();
        assertThat(intranet.refusal("https://10.2.0.1/hook")).isPresent();
        assertThat(intranet.refusal("https://127.0.0.1/hook")).isPresent();
    }

    /** A name that resolved to a public address when saved and to loopback later is not followed. */
    @Test
    void theCheckBeforeEachDeliveryResolvesTheNameAgain() throws Exception {
        AtomicReference<String> answer = new AtomicReference<>("93.184.216.34");
        AddressGuard guard = new AddressGuard(false, List.of(), host -> {
            if (!host.equals("hooks.example.org")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] { InetAddress.getByName(answer.get()) };
        });
        assertThat(guard.refusal("https://hooks.example.org/hook")).isEmpty();
        answer.set("127.0.0.1");
        Optional<String> refusal = guard.addressRefusal("hooks.example.org");
        assertThat(refusal).hasValueSatisfying(why -> assertThat(why).contains("127.0.0.1").contains("loopback"));
        assertThat(guard.refusal("https://nowhere.example.org/")).hasValue("host nowhere.example.org does not resolve");
    }
}
