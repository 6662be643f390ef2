package org.parkgate.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How staff prove who they are: bcrypt password hashes, checked behind the {@link LoginThrottle}.
 * Services check roles again with {@code @PreAuthorize}; JSR-250 method security stays off because
 * it would proxy the views, which carry {@code @RolesAllowed} for Vaadin's navigation checks.
 */
@Configuration
@EnableMethodSecurity
class AuthenticationConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(StaffUserDetailsService userDetails, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, ClientAddressThrottle addresses) {
        var passwordCheck = new DaoAuthenticationProvider(userDetails);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle, addresses));
    }
}
