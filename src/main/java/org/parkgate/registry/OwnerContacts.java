package org.parkgate.registry;

import java.util.Locale;
import org.parkgate.base.ui.Translations;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each owner's phone, e-mail and message language: read and changed by the office, audited. */
@Service
@PreAuthorize(Role.Names.OFFICE)
public class OwnerContacts {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    OwnerContacts(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public OwnerContact of(long ownerId) {
        return jdbc.sql("SELECT phone, email, language FROM owner WHERE id = ?").param(ownerId)
                .query((rs, row) -> new OwnerContact(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> new RegistryException("error.owner.not-found"));
    }

    @Transactional
    public void change(long ownerId, OwnerContact contact) {
        refuse(OwnerRules.phoneProblem(contact.phone()));
        refuse(OwnerRules.emailProblem(contact.email()));
        if (Translations.LOCALES.stream().map(Locale::toLanguageTag).noneMatch(tag -> tag.equals(contact.language()))) {
            throw new RegistryException("error.owner.language-invalid");
        }
        int updated = jdbc.sql("UPDATE owner SET phone = ?, email = ?, language = ?, version = version + 1 WHERE id = ?")
                .params(OwnerRules.blankToNull(contact.phone()), OwnerRules.blankToNull(contact.email()),
                        contact.language(), ownerId)
                .update();
        if (updated == 0) {
            throw new RegistryException("error.owner.not-found");
        }
        audit.record(AuditAction.OWNER_CONTACT_CHANGED, "owner " + ownerId, null);
    }

    private static void refuse(@org.jspecify.annotations.Nullable String problem) {
        if (problem != null) {
            throw new RegistryException(problem);
        }
    }
}
