package org.casewise.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;

/**
 * Keeps the crawler from being turned against the network it runs in: a board site (or anyone who
 * can get a link onto one) could point us at 169.254.169.254 or an intranet host. Checked on the
 * first URL and again on every redirect hop.
 *
 * <p>A URL passes only if its scheme is http or https, its host (or host:port) is on the policy's
 * allow-list, and every address the host resolves to is public. Loopback is refused unless the
 * policy opts in (tests against the simulated web); no other internal range can be opted into.
 *
 * <p>Limitation: java.net.http resolves the name again when it connects, so a DNS answer that
 * changes between the check and the connection (DNS rebinding) is not caught here. The allow-list
 * is the main defence against that: only names an administrator registered are ever resolved.
 */
public final class SsrfGuard {

    /** How host names become addresses; replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /**
     * @param status ALLOWED, REFUSED (a rule said no) or UNRESOLVED (DNS gave no answer: a network failure, not a refusal)
     */
    public record Verdict(Status status, String reason) {
        public enum Status { ALLOWED, REFUSED, UNRESOLVED }

        static final Verdict ALLOWED = new Verdict(Status.ALLOWED, "allowed");

        public boolean allowed() {
            return status == Status.ALLOWED;
        }
    }

    private final FetchPolicy policy;
    private final Resolver resolver;

    public SsrfGuard(FetchPolicy policy) {
        this(policy, InetAddress::getAllByName);
    }

    public SsrfGuard(FetchPolicy policy, Resolver resolver) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    public Verdict check(URI uri) {
        if (uri == null || !uri.isAbsolute()) {
            return refused("not an absolute URL: " + uri);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return refused("scheme '" + scheme + "' is not fetched (only http and https)");
        }
        if (uri.getRawUserInfo() != null) {
            return refused("URLs with user info are not fetched: " + uri.getHost());
        }
        String host = hostOf(uri);
        if (host == null || host.isEmpty()) {
            return refused("no host in " + uri);
        }
        if (!policy.allowsHost(uri)) {
            return refused("host " + FetchPolicy.hostPort(uri) + " is not on the source's allow-list");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Verdict(Verdict.Status.UNRESOLVED, "cannot resolve host " + host);
        }
        if (addresses == null || addresses.length == 0) {
            return new Verdict(Verdict.Status.UNRESOLVED, "cannot resolve host " + host);
        }
        // Every address must pass: the client may connect to any of them.
        for (InetAddress address : addresses) {
            String why = internal(address);
            if (why != null && !(why.equals("loopback") && policy.allowLoopback())) {
                return refused(host + " resolves to " + address.getHostAddress() + ", a " + why + " address");
            }
        }
        return Verdict.ALLOWED;
    }

    /** Lower-case host without IPv6 brackets, or null. */
    static String hostOf(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return null;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** Why an address is not on the public internet, or null when it is. */
    static String internal(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return "loopback";
        }
        if (address.isAnyLocalAddress()) {
            return "unspecified";
        }
        if (address.isLinkLocalAddress()) {
            return "link-local";
        }
        if (address.isMulticastAddress()) {
            return "multicast";
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return internal4(b);
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc || address.isSiteLocalAddress()) {
                return "private";
            }
            if (embedsIpv4(b)) {
                // ::ffff:a.b.c.d, ::a.b.c.d and 64:ff9b::a.b.c.d reach the IPv4 address inside.
                return internal4(new byte[] {b[12], b[13], b[14], b[15]});
            }
        }
        return null;
    }

    private static String internal4(byte[] b) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 127) {
            return "loopback";
        }
        if (first == 10 || (first == 172 && second >= 16 && second <= 31) || (first == 192 && second == 168)) {
            return "private";
        }
        if (first == 169 && second == 254) {
            return "link-local";
        }
        if (first == 100 && second >= 64 && second <= 127) {
            return "carrier-grade NAT";
        }
        if (first == 0) {
            return "unspecified";
        }
        if (first >= 224 && first <= 239) {
            return "multicast";
        }
        if (first >= 240) {
            return "reserved";
        }
        return null;
    }

    private static boolean embedsIpv4(byte[] b) {
        boolean zeros80 = true;
        for (int i = 0; i < 10; i++) {
            zeros80 &= b[i] == 0;
        }
        boolean mapped = zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros80 && b[10] == 0 && b[11] == 0;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; nat64 && i < 12; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || compatible || nat64;
    }

    private static Verdict refused(String reason) {
        return new Verdict(Verdict.Status.REFUSED, reason);
    }
}
