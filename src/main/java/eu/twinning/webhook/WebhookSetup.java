package eu.twinning.webhook;

import java.net.InetAddress;
import java.util.List;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import eu.twinning.config.TwinningConfig;

/** The webhook settings as the objects that apply them. */
public class WebhookSetup {

    @Produces
    @Singleton
    AddressGuard guard(TwinningConfig config) {
        List<AddressRange> allowed = config.webhooks().allowedNetworks().orElse(List.of()).stream()
                .map(AddressRange::parse).toList();
        return new AddressGuard(config.webhooks().allowHttp(), allowed, InetAddress::getAllByName);
    }

    @Produces
    @Singleton
    RetrySchedule schedule(TwinningConfig config) {
        return new RetrySchedule(List.copyOf(config.webhooks().retrySchedule()));
    }
}
