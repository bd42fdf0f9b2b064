package dev.brief.read;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Addresses a link found in a feed (or a redirect) must not lead to: this machine, its network and
 * the cloud metadata service. A stranger's feed must not make brief read an intranet page.
 */
final class PrivateAddresses {
    private PrivateAddresses() {}

    /** Loopback, link-local, private, unique-local, unspecified or multicast: not a public web server. */
    static boolean isPrivate(InetAddress address) {
        InetAddress a = embeddedIpv4(address);
        byte[] b = a.getAddress();
        return a.isLoopbackAddress()          // 127/8, ::1
                || a.isLinkLocalAddress()     // 169.254/16 (cloud metadata), fe80::/10
                || a.isSiteLocalAddress()     // 10/8, 172.16/12, 192.168/16, fec0::/10
                || a.isAnyLocalAddress()      // 0.0.0.0, ::
                || a.isMulticastAddress()
                || b.length == 4 && b[0] == 0 // 0/8 reaches this machine on Linux
                || b.length == 16 && (b[0] & 0xfe) == 0xfc; // fc00::/7, unique local
    }

    /** "::127.0.0.1" and "::ffff:127.0.0.1" are IPv4 addresses in IPv6 dress; Java unwraps only the second. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address && b.length == 16 && Arrays.equals(Arrays.copyOf(b, 12), new byte[12])
                && !(b[12] == 0 && b[13] == 0 && b[14] == 0)) {
            try {
                return InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16));
            } catch (UnknownHostException e) {
                return address;
            }
        }
        return address;
    }
}
