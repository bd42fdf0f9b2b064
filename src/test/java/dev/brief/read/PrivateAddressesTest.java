package dev.brief.read;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrivateAddressesTest {
    @Test
    void thisMachineItsNetworksAndTheMetadataServiceAreRefused() throws UnknownHostException {
        for (String a : List.of("127.0.0.1", "127.8.9.10", "::1", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.20",
                "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "0.0.0.0", "0.1.2.3", "::", "::ffff:127.0.0.1",
                "::127.0.0.1", "::ffff:169.254.169.254", "224.0.0.1", "ff02::1")) {
            assertTrue(PrivateAddresses.isPrivate(InetAddress.getByName(a)), a + " is private");
        }
    }

    @Test
    void publicAddressesAreNot() throws UnknownHostException {
        for (String a : List.of("8.8.8.8", "172.15.255.255", "172.32.0.1", "192.169.0.1", "169.255.0.1", "11.0.0.1",
                "2001:4860:4860::8888", "2a00:1450::1")) {
            assertFalse(PrivateAddresses.isPrivate(InetAddress.getByName(a)), a + " is public");
        }
    }
}
