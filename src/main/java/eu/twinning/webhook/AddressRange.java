package eu.twinning.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** A range of addresses in CIDR notation (10.1.0.0/16, fd00::/8), from configuration. */
public record AddressRange(byte[] network, int prefix) {

    public static AddressRange parse(String cidr) {
        String[] parts = cidr.trim().split("/", 2);
        try {
            // Literals only: an address range is never looked up by name.
            if (!parts[0].matches("[0-9a-fA-F:.]+")) {
                throw new IllegalArgumentException("not an address: " + cidr);
            }
            byte[] network = InetAddress.getByName(parts[0]).getAddress();
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("prefix out of range: " + cidr);
            }
            return new AddressRange(network, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR range: " + cidr, e);
        }
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
