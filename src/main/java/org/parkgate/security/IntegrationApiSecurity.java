package org.parkgate.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.parkgate.base.api.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The integration API under {@code /api/integration/}: other systems' clients
 * ({@link ApiClients}) with {@code Authorization: Bearer <secret>}, no sessions, no CSRF; each
 * route needs its scope. A missing or wrong secret is 401, a missing scope 403, more than
 * {@code parkgate.api.client-requests-per-minute} calls of one client in a minute 429 with
 * Retry-After, all as problem+json. Wrong secrets are limited per address like wrong device keys.
 * Checked before the device API's rules.
 */
@Configuration
@ConditionalOnWebApplication
class IntegrationApiSecurity {

    static final String PATH = "/api/integration/";

    @Bean
    @Order(0)
    SecurityFilterChain integrationApi(HttpSecurity http, ApiClients clients, Clock clock,
            @Value("${parkgate.api.wrong-keys-per-address}") int wrongKeys,
            @Value("${parkgate.api.client-requests-per-minute:600}") int perMinute) {
        http.securityMatcher(PATH + "**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerFilter(clients, new ClientAddressThrottle(clock, wrongKeys),
                        new PerClientLimit(clock, perMinute)), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATH + "v1/passages/**").hasAuthority(ApiClients.authority(ApiScope.PASSAGES_READ))
                        .requestMatchers(PATH + "v1/payments/**", PATH + "v1/invoices/**")
                        .hasAuthority(ApiClients.authority(ApiScope.PAYMENTS_READ))
                        .requestMatchers(PATH + "v1/arrears/**").hasAuthority(ApiClients.authority(ApiScope.ARREARS_READ))
                        .requestMatchers(HttpMethod.GET, PATH + "v1/owners/**")
                        .hasAuthority(ApiClients.authority(ApiScope.OWNERS_READ))
                        .requestMatchers(PATH + "v1/owners/**").hasAuthority(ApiClients.authority(ApiScope.OWNERS_WRITE))
                        .requestMatchers(PATH + "v1/lanes/**").hasAuthority(ApiClients.authority(ApiScope.LANES_CONTROL))
                        .requestMatchers(PATH + "v1/webhooks/**").hasAuthority(ApiClients.authority(ApiScope.WEBHOOKS_MANAGE))
                        .anyRequest().authenticated())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> Problems.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED,
                                "A valid client secret is needed: Authorization: Bearer <secret> (Admin, API clients)."))
                        .accessDeniedHandler((request, response, denied) -> Problems.write(response,
                                HttpServletResponse.SC_FORBIDDEN,
                                "This client lacks the scope this call needs; an admin grants scopes on the API clients page.")));
        return http.build();
    }

    /** At most {@code perMinute} calls of one client in each minute of the clock. */
    static final class PerClientLimit {

        private final Clock clock;
        private final int perMinute;
        private final Map<Long, AtomicInteger> counts = new ConcurrentHashMap<>();
        private volatile long minute = -1;

        PerClientLimit(Clock clock, int perMinute) {
            this.clock = clock;
            this.perMinute = perMinute;
        }

        /** Counts a call; the seconds to wait when it is one too many, else 0. */
        long call(long clientId) {
            long now = clock.millis();
            long thisMinute = now / 60_000;
            if (thisMinute != minute) {
                counts.clear();
                minute = thisMinute;
            }
            int calls = counts.computeIfAbsent(clientId, id -> new AtomicInteger()).incrementAndGet();
            return calls <= perMinute ? 0 : Math.max(1, 60 - (now / 1000) % 60);
        }
    }

    /** Signs the request in as the client whose secret it carries. */
    static final class BearerFilter extends WrongSecretsLimited {

        private final ApiClients clients;
        private final PerClientLimit limit;

        BearerFilter(ApiClients clients, ClientAddressThrottle failures, PerClientLimit limit) {
            super(failures, "Too many wrong client secrets from this address; wait and use a valid one.");
            this.clients = clients;
            this.limit = limit;
        }

        @Override
        boolean signIn(HttpServletRequest request, HttpServletResponse response, String address) throws IOException {
            String header = request.getHeader("Authorization");
            String secret = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() < 200
                    ? header.substring(7).strip() : null;
            ApiClients.ApiClient client = clients.authenticate(secret);
            if (header != null && client == null) {
                wrong("client secret", address, request);
            } else if (client != null) {
                long wait = limit.call(client.id());
                if (wait > 0) {
                    response.setHeader("Retry-After", String.valueOf(wait));
                    Problems.write(response, 429, "Too many calls of this client this minute; wait " + wait + " s.");
                    return false;
                }
                SecurityContextHolder.getContext().setAuthentication(
                        new ApiClientAuthentication(client.id(), client.name(), client.scopes()));
            }
            return true;
        }
    }
}
