package org.jianbao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.jianbao.user.Role;
import org.jianbao.user.UserAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Repeated failed logins slow down, per user name and per address; a success clears them. */
// a context of its own (the throttle keeps state); no nightly run: the fixed clock makes the scheduler catch one up
@SpringBootTest(properties = {"jianbao.test.context=login-throttle", "jianbao.schedule.enabled=false"})
@AutoConfigureMockMvc
@ActiveProfiles({"test", "serve"})
class LoginThrottleTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts accounts;

    @Test
    void theSixthAttemptAfterFiveWrongPasswordsWaitsEvenWithTheRightOne() throws Exception {
        if (accounts.find("lina").isEmpty()) {
            accounts.add("lina", "lina-secret", Role.VIEWER);
        }
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            mvc.perform(get("/api/runs").with(httpBasic("lina", "guess" + i))).andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/runs").with(httpBasic("lina", "lina-secret")))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "2"));
    }

    /** A clock the test moves. */
    private static final class Moving extends Clock {
        Instant now = Instant.parse("2026-12-06T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void waitsDoubleAreForgivenAfterTheWaitAndClearedBySuccess() {
        Moving clock = new Moving();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            throttle.failed(failure("wang", "10.0.0.7"));
        }
        assertThat(throttle.waitFor("wang", "10.0.0.7")).as("four failures are free").isZero();
        throttle.failed(failure("wang", "10.0.0.7"));
        assertThat(throttle.waitFor("wang", "10.0.0.9")).as("the user, from anywhere").isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("li", "10.0.0.7")).as("the address, for anyone").isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.waitFor("li", "10.0.0.9")).isZero();

        clock.now = clock.now.plusSeconds(2);
        assertThat(throttle.waitFor("wang", "10.0.0.7")).isZero();
        throttle.failed(failure("wang", "10.0.0.7"));
        assertThat(throttle.waitFor("wang", "10.0.0.7")).as("doubles").isEqualTo(Duration.ofSeconds(4));
        for (int i = 0; i < 20; i++) {
            throttle.failed(failure("wang", "10.0.0.7"));
        }
        assertThat(throttle.waitFor("wang", "10.0.0.7")).as("capped").isEqualTo(LoginThrottle.LONGEST_WAIT);

        throttle.succeeded(new AuthenticationSuccessEvent(token("wang", "10.0.0.7")));
        assertThat(throttle.waitFor("wang", "10.0.0.7")).isZero();
    }

    private static AuthenticationFailureBadCredentialsEvent failure(String user, String address) {
        return new AuthenticationFailureBadCredentialsEvent(token(user, address), new BadCredentialsException("bad"));
    }

    private static UsernamePasswordAuthenticationToken token(String user, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(user, "x");
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
