package org.parkgate.security;

import org.springframework.context.ApplicationEventPublisher;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff users: create, change roles, reset passwords, disable. Refused requests throw
 * {@link StaffUserException} and change nothing. There is always at least one enabled admin.
 */
@Service
public class StaffUserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    private final StaffUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    StaffUserService(StaffUserRepository users, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** The office's people who may take on an owner's message: enabled admins, managers and cashiers, by name. */
    @PreAuthorize(Role.Names.OFFICE)
    @Transactional(readOnly = true)
    public List<String> colleagues() {
        return users.findAll().stream().map(StaffUserSummary::of)
                .filter(user -> user.enabled() && (user.roles().contains(Role.ADMIN) || user.roles().contains(Role.MANAGER)
                        || user.roles().contains(Role.CASHIER)))
                .map(StaffUserSummary::username).sorted().toList();
    }

    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional(readOnly = true)
    public List<StaffUserSummary> findAll() {
        return users.findAll().stream()
                .map(StaffUserSummary::of)
                .sorted(Comparator.comparing(StaffUserSummary::username))
                .toList();
    }

    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public StaffUserSummary create(NewStaffUser request) {
        String username = request.username().strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new StaffUserException("error.user.username-invalid");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new StaffUserException("error.user.username-taken", username);
        }
        String displayName = request.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 100) {
            throw new StaffUserException("error.user.display-name-invalid");
        }
        requireSomeRole(request.roles());
        PasswordPolicy.check(username, request.initialPassword());
        var saved = users.save(StaffUser.create(username, displayName,
                passwordEncoder.encode(request.initialPassword()), request.roles(), true, clock.instant()));
        audit.record(AuditAction.USER_CREATED, username, "roles=" + sorted(request.roles()));
        return StaffUserSummary.of(saved);
    }

    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public void changeRoles(long userId, Set<Role> roles) {
        requireSomeRole(roles);
        StaffUser user = load(userId);
        if (user.isActiveAdmin() && !roles.contains(Role.ADMIN)) {
            requireAnotherActiveAdmin();
        }
        users.save(user.withRoles(roles));
        audit.record(AuditAction.USER_ROLES_CHANGED, user.username(),
                sorted(user.roleSet()) + " -> " + sorted(roles));
        events.publishEvent(new StaffSessions.StaffAccessChanged(user.username(), false));
    }

    /** Sets a temporary password; the user must choose a new one at the next sign-in. */
    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public void resetPassword(long userId, String temporaryPassword) {
        StaffUser user = load(userId);
        PasswordPolicy.check(user.username(), temporaryPassword);
        users.save(user.withPassword(passwordEncoder.encode(temporaryPassword), true));
        audit.record(AuditAction.USER_PASSWORD_RESET, user.username(), null);
        events.publishEvent(new StaffSessions.StaffAccessChanged(user.username(), false));
    }

    @PreAuthorize(Role.Names.ADMIN_ONLY)
    @Transactional
    public void setEnabled(long userId, boolean enabled) {
        StaffUser user = load(userId);
        if (user.enabled() == enabled) {
            return;
        }
        if (!enabled && user.username().equals(AuditLog.currentActor())) {
            throw new StaffUserException("error.user.disable-self");
        }
        if (!enabled && user.isActiveAdmin()) {
            requireAnotherActiveAdmin();
        }
        users.save(user.withEnabled(enabled));
        audit.record(enabled ? AuditAction.USER_ENABLED : AuditAction.USER_DISABLED, user.username(), null);
        if (!enabled) {
            events.publishEvent(new StaffSessions.StaffAccessChanged(user.username(), false));
        }
    }

    /** A signed-in user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        StaffUser user = users.findByUsername(username).orElseThrow(() -> new StaffUserException("error.user.not-found"));
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new StaffUserException("error.password.current-wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new StaffUserException("error.password.unchanged");
        }
        PasswordPolicy.check(username, newPassword);
        users.save(user.withPassword(passwordEncoder.encode(newPassword), false));
        audit.record(AuditAction.PASSWORD_CHANGED, username, null);
        events.publishEvent(new StaffSessions.StaffAccessChanged(username, true));
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(String username) {
        return users.findByUsername(username).map(StaffUser::mustChangePassword).orElse(false);
    }

    @Transactional(readOnly = true)
    Optional<Locale> preferredLocale(String username) {
        return users.findByUsername(username)
                .flatMap(user -> Optional.ofNullable(user.locale()))
                .map(Locale::forLanguageTag);
    }

    @Transactional
    void savePreferredLocale(String username, Locale locale) {
        users.findByUsername(username).ifPresent(user -> users.save(user.withLocale(locale.toLanguageTag())));
    }

    @Transactional(readOnly = true)
    long count() {
        return users.count();
    }

    /** Start-up only: creates a user without the policy check (demo passwords are short). */
    @Transactional
    void createDirectly(String username, String displayName, String password, Set<Role> roles, boolean mustChange) {
        users.save(StaffUser.create(username, displayName, passwordEncoder.encode(password), roles, mustChange,
                clock.instant()));
        audit.recordAs(AuditLog.SYSTEM, AuditAction.USER_CREATED, username, "roles=" + sorted(roles));
    }

    private StaffUser load(long userId) {
        return users.findById(userId).orElseThrow(() -> new StaffUserException("error.user.not-found"));
    }

    private void requireAnotherActiveAdmin() {
        if (users.countActiveAdmins() <= 1) {
            throw new StaffUserException("error.user.last-admin");
        }
    }

    private static void requireSomeRole(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw new StaffUserException("error.user.no-role");
        }
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }
}
