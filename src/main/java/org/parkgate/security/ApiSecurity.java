package org.parkgate.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.parkgate.base.api.Problems;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The device API under {@code /api/}: no sessions, no CSRF (devices send no cookies), every call
 * with a valid device key ({@code X-Api-Key} header; the {@code key} parameter on camera routes
 * only), else 401 as problem+json; a key acts only for its uses and at its lanes
 * ({@link DeviceKeyScope}), else 403. Payment notifications carry their provider's signature
 * instead. Checked before the browser's rules.
 */
@Configuration
@ConditionalOnWebApplication
class ApiSecurity {

    static final String DEVICE = "DEVICE";
    /** The routes of cameras, which can only put their key in the push URL. */
    static final String CAMERA_ROUTES = "/api/v1/cameras/";

    @Bean
    @Order(1)
    SecurityFilterChain deviceApi(HttpSecurity http, DeviceKeys keys, Clock clock,
            @org.springframework.beans.factory.annotation.Value("${parkgate.api.wrong-keys-per-address}") int wrongKeys) {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(
                        org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new DeviceKeyFilter(keys, new ClientAddressThrottle(clock, wrongKeys)), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // payment providers prove themselves by their signature, checked by the endpoint
                        .requestMatchers("/api/v1/payments/notify/**").permitAll()
                        // the demo's SMS gateway checks the sender's access key and signature itself
                        .requestMatchers(HttpMethod.POST, "/api/v1/sandbox/sms").permitAll()
                        // each key acts only for its uses and at its lanes
                        .requestMatchers("/api/v1/lanes/{laneId}/**", CAMERA_ROUTES + "*/{laneId}/**")
                        .access(keyFor(DeviceUse.CAMERA))
                        .requestMatchers("/api/v1/sim/lanes/{laneId}/**").access(keyFor(DeviceUse.SIMULATOR))
                        .requestMatchers("/api/v1/sim/**", "/api/v1/sandbox/**").access(keyFor(DeviceUse.SIMULATOR))
                        .anyRequest().hasRole(DEVICE))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) -> Problems.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED,
                                "A valid device key is needed (X-Api-Key header; the key parameter on camera routes)."))
                        .accessDeniedHandler((request, response, denied) -> Problems.write(response,
                                HttpServletResponse.SC_FORBIDDEN,
                                "This device key is not for this use or lane; an admin sets a key's uses and lanes "
                                        + "on the Device keys page.")));
        return http.build();
    }

    /** Admits a device key whose scope has {@code use} at the request's lane (if the path names one). */
    private static AuthorizationManager<RequestAuthorizationContext> keyFor(DeviceUse use) {
        return (authentication, context) -> new AuthorizationDecision(authentication.get() instanceof DeviceAuthentication device
                && device.scope().admits(use, context.getVariables().get("laneId")));
    }

    /**
     * Signs the request in as a device when it carries an active key: in the {@code X-Api-Key}
     * header, or as the {@code key} parameter only on the camera routes (cameras whose push URL is
     * all they can configure); elsewhere a key in the URL would end up in logs and histories. Wrong
     * keys are logged, and more than {@code parkgate.api.wrong-keys-per-address} from one address in
     * five minutes stop that address (429) before any key is looked at.
     */
    /**
     * {@code key} of the query string, where a camera that cannot set headers puts it; read from
     * the URL only, never through {@code getParameter}, which would parse a form or multipart
     * body before the caller is known.
     */
    static @Nullable String keyInQuery(@Nullable String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("key=")) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(4), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return pair.substring(4);
                }
            }
        }
        return null;
    }

    static final class DeviceKeyFilter extends WrongSecretsLimited {

        private final DeviceKeys keys;

        DeviceKeyFilter(DeviceKeys keys, ClientAddressThrottle failures) {
            super(failures, "Too many wrong device keys from this address; wait and use a valid key.");
            this.keys = keys;
        }

        @Override
        boolean signIn(HttpServletRequest request, HttpServletResponse response, String address) {
            String key = request.getHeader("X-Api-Key");
            if (key == null && request.getRequestURI().startsWith(request.getContextPath() + CAMERA_ROUTES)) {
                key = keyInQuery(request.getQueryString());
            }
            DeviceKeys.ActiveKey found = keys.find(key);
            if (key != null && found == null) {
                wrong("device key", address, request);
            } else if (found != null) {
                keys.used(found, address);
                SecurityContextHolder.getContext().setAuthentication(new DeviceAuthentication(found.name(), found.scope()));
            }
            return true;
        }
    }
}
