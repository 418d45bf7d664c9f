package org.casewise.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.casewise.fetch.SsrfGuard.Verdict.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SSRF guard's rules, with a fake resolver so no test depends on real DNS. */
class SsrfGuardTest {

    private static final Map<String, String> DNS = Map.of(
            "board.example", "93.184.216.34",
            "intranet.example", "10.1.2.3",
            "metadata.example", "169.254.169.254",
            "mixed.example", "93.184.216.34,192.168.1.5");

    private static final SsrfGuard.Resolver FAKE = host -> {
        String answer = DNS.get(host);
        if (answer == null) {
            // IP literals resolve to themselves, as InetAddress does without a lookup.
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return new InetAddress[] {InetAddress.getByName(host)};
            }
            throw new UnknownHostException(host);
        }
        String[] parts = answer.split(",");
        InetAddress[] out = new InetAddress[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = InetAddress.getByName(parts[i]);
        }
        return out;
    };

    /** Everything under test is on the allow-list, so only the address rules can refuse. */
    private static SsrfGuard guard(boolean loopback) {
        FetchPolicy policy = FetchPolicy.defaults(Set.of("board.example", "intranet.example", "metadata.example",
                "mixed.example", "10.0.0.1", "169.254.169.254", "127.0.0.1", "::1", "fc00::1", "fe80::1", "100.64.0.1",
                "0.0.0.0", "224.0.0.1", "::ffff:10.0.0.1", "172.16.5.4", "192.168.0.1", "172.32.0.1", "93.184.216.34",
                "nowhere.example")).withAllowLoopback(loopback);
        return new SsrfGuard(policy, FAKE);
    }

    @ParameterizedTest
    @CsvSource({
        "http://10.0.0.1/, private",
        "http://169.254.169.254/latest/meta-data/, link-local",
        "http://127.0.0.1:8080/, loopback",
        "http://[::1]/, loopback",
        "http://[fc00::1]/, private",
        "http://[fe80::1]/, link-local",
        "http://100.64.0.1/, carrier-grade NAT",
        "http://0.0.0.0/, unspecified",
        "http://224.0.0.1/, multicast",
        "http://[::ffff:10.0.0.1]/, private",
        "http://172.16.5.4/, private",
        "http://192.168.0.1/, private",
        "http://intranet.example/, private",
        "http://metadata.example/, link-local",
        "http://mixed.example/, private"})
    void refusesInternalAddresses(String url, String kind) {
        SsrfGuard.Verdict verdict = guard(false).check(URI.create(url));
        assertEquals(Status.REFUSED, verdict.status(), verdict.reason());
        assertTrue(verdict.reason().endsWith("a " + kind + " address"), verdict.reason());
    }

    @Test
    void allowsPublicAddressesOnTheAllowList() {
        assertTrue(guard(false).check(URI.create("https://board.example/reviews")).allowed());
        assertTrue(guard(false).check(URI.create("http://93.184.216.34/")).allowed());
        assertTrue(guard(false).check(URI.create("http://172.32.0.1/")).allowed(), "just outside 172.16/12");
    }

    @Test
    void loopbackOptInAllowsLoopbackOnly() {
        assertTrue(guard(true).check(URI.create("http://127.0.0.1:8301/")).allowed());
        assertTrue(guard(true).check(URI.create("http://[::1]/")).allowed());
        assertEquals(Status.REFUSED, guard(true).check(URI.create("http://10.0.0.1/")).status());
        assertEquals(Status.REFUSED, guard(true).check(URI.create("http://169.254.169.254/")).status());
    }

    @Test
    void refusesHostsOffTheAllowListBeforeResolvingThem() {
        SsrfGuard.Resolver explode = host -> {
            throw new AssertionError("resolved " + host);
        };
        SsrfGuard onlyBoard = new SsrfGuard(FetchPolicy.defaults(Set.of("board.example", "127.0.0.1:8301")), explode);
        SsrfGuard.Verdict other = onlyBoard.check(URI.create("https://evil.example/"));
        assertEquals(Status.REFUSED, other.status());
        assertEquals("host evil.example:443 is not on the source's allow-list", other.reason());
        assertEquals(Status.REFUSED, onlyBoard.check(URI.create("http://127.0.0.1:8302/")).status(), "port matters");
        assertEquals(Status.REFUSED, new SsrfGuard(FetchPolicy.defaults(Set.of()), explode)
                .check(URI.create("https://board.example/")).status(), "an empty allow-list allows nothing");
    }

    @Test
    void refusesOtherSchemesAndUserInfo() {
        assertTrue(guard(true).check(URI.create("ftp://board.example/x")).reason().contains("scheme 'ftp'"));
        assertEquals(Status.REFUSED, guard(true).check(URI.create("file:///etc/passwd")).status());
        assertEquals(Status.REFUSED, guard(true).check(URI.create("http://user:pw@board.example/")).status());
        assertEquals(Status.REFUSED, guard(true).check(URI.create("/relative")).status());
    }

    @Test
    void anUnresolvableHostIsANetworkFailureNotARefusal() {
        SsrfGuard.Verdict verdict = guard(false).check(URI.create("http://nowhere.example/"));
        assertEquals(Status.UNRESOLVED, verdict.status());
        assertEquals("cannot resolve host nowhere.example", verdict.reason());
    }
}
