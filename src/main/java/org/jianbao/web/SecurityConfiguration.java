package org.jianbao.web;

import static org.springframework.security.config.Customizer.withDefaults;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import org.jianbao.user.UserAccounts;

/**
 * Who may do what in {@code serve}: users from the database, HTTP Basic for the API (no session, so no CSRF to
 * guard), form login with CSRF for the pages. viewer reads and downloads; operator also starts runs and uploads;
 * admin also manages users and reads the audit log and the actuator. {@code /actuator/health} is open. Repeated
 * failed logins slow down per user and address ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@Profile("serve")
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs/**")
                .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**", "/v3/api-docs/**").hasRole("VIEWER")
                        .requestMatchers(HttpMethod.POST, "/api/runs", "/api/runs/*/restart", "/api/imports").hasRole("OPERATOR")
                        .anyRequest().hasRole("ADMIN"))
                .httpBasic(withDefaults())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, LoginThrottle throttle) throws Exception {
        return http
                .addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/login", "/webjars/**", "/css/**",
                                "/error").permitAll()
                        .requestMatchers("/actuator/**", "/audit").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/**").hasRole("OPERATOR")
                        .anyRequest().hasRole("VIEWER"))
                .formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .build();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("OPERATOR")
                .role("OPERATOR").implies("VIEWER")
                .build();
    }

    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        return name -> accounts.find(name)
                .map(a -> User.withUsername(a.username()).password(a.passwordHash()).roles(a.role().name()).build())
                .orElseThrow(() -> new UsernameNotFoundException(name));
    }

    @Bean
    PasswordEncoder passwordEncoder(UserAccounts accounts) {
        return accounts.encoder();
    }
}
