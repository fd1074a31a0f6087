package org.jianbao.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing: after {@value #FREE_FAILURES} failed logins of one user name, or from one address, each further
 * attempt for it must wait 2, 4, 8… seconds (at most {@link #LONGEST_WAIT}) after the last failure; a successful login
 * clears the user's and the address's count, and failures older than {@link #FORGET_AFTER} are forgotten. Kept in
 * memory: a restart forgives, which is acceptable for an office intranet service and needs no table.
 */
@Component
@Profile("serve")
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** Bounds the memory an attacker can make us use with made-up user names. */
    private static final int MAX_KEYS = 100_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a login attempt for this user from this address must still wait; zero when it may go ahead. */
    public Duration waitFor(String user, String address) {
        Duration a = waitFor(key("user", user));
        Duration b = waitFor(key("address", address));
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Duration waitFor(String key) {
        Failures f = key == null ? null : failures.get(key);
        if (f == null || f.count() < FREE_FAILURES) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        if (Duration.between(f.last(), now).compareTo(FORGET_AFTER) > 0) {
            failures.remove(key);
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(20, f.count() - FREE_FAILURES + 1);
        Duration wait = Duration.ofSeconds(seconds);
        wait = wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        Duration left = wait.minus(Duration.between(f.last(), now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        Instant now = clock.instant();
        for (String key : keys(event.getAuthentication())) {
            failures.merge(key, new Failures(1, now), (old, one) -> new Failures(old.count() + 1, now));
        }
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        keys(event.getAuthentication()).forEach(failures::remove);
    }

    private static java.util.List<String> keys(Authentication authentication) {
        java.util.List<String> keys = new java.util.ArrayList<>();
        String user = key("user", authentication.getName());
        if (user != null) {
            keys.add(user);
        }
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            String address = key("address", details.getRemoteAddress());
            if (address != null) {
                keys.add(address);
            }
        }
        return keys;
    }

    private static String key(String kind, String value) {
        return value == null || value.isBlank() ? null : kind + ":" + value;
    }
}
