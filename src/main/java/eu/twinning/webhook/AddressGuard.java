package eu.twinning.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where deliveries may go (server-side request forgery): https URLs (http only when configured),
 * whose host resolves to public addresses only. Loopback, link-local (cloud metadata at
 * 169.254.169.254), private, shared (100.64/10), unspecified and multicast addresses are refused
 * unless a configured range allows them. The check runs when a URL is saved and again before each
 * delivery, after resolving the name then, so that a name later pointed at an inner address is
 * not followed.
 */
public final class AddressGuard {

    /** Resolves a host name to its addresses; tests give names answers of their own. */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowHttp;
    private final List<AddressRange> allowed;
    private final Resolver resolver;

    public AddressGuard(boolean allowHttp, List<AddressRange> allowed, Resolver resolver) {
        this.allowHttp = allowHttp;
        this.allowed = allowed;
        this.resolver = resolver;
    }

    /** Why deliveries may not go to this URL, or empty when they may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowHttp && scheme.equals("http"))) {
            return Optional.of(allowHttp ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must not carry user information or a fragment");
        }
        if (uri.getHost() == null) {
            return Optional.of("has no host name");
        }
        return addressRefusal(uri.getHost());
    }

    /** The address to connect to, vetted, or why there is none. */
    public record Vetted(InetAddress address, String refusal) {
    }

    /** Why this host may not be connected to now, after resolving it, or empty when it may. */
    public Optional<String> addressRefusal(String host) {
        return Optional.ofNullable(vet(host).refusal());
    }

    /**
     * Resolves the host now and vets every address it has; the sender connects to the vetted address
     * itself, so that a second lookup cannot answer otherwise (DNS rebinding).
     */
    public Vetted vet(String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            return new Vetted(null, "host " + name + " does not resolve");
        }
        for (InetAddress address : addresses) {
            String kind = innerKind(address);
            if (kind != null && allowed.stream().noneMatch(range -> range.contains(address))) {
                return new Vetted(null, "host " + name + " resolves to " + address.getHostAddress() + ", a " + kind
                        + " address (not allowed by TWINNING_WEBHOOKS_ALLOWED_NETWORKS)");
            }
        }
        return addresses.length == 0 ? new Vetted(null, "host " + name + " does not resolve")
                : new Vetted(addresses[0], null);
    }

    /** What kind of address that is not on the public internet this is, or null for a public one. */
    static String innerKind(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (address.isSiteLocalAddress()) {
                return "private";
            }
            if (first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240) {
                return "reserved";
            }
        } else if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc || address.isSiteLocalAddress()) {
                return "private";
            }
        }
        return null;
    }
}
