package org.parkgate.registry;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which owner records a mobile number belongs to, for the owners' portal sign-in (asked before
 * anyone is signed in, so not behind staff roles; the portal never tells the caller the answer),
 * and what the portal shows of each for choosing one.
 */
@Component
public class OwnerAccounts {

    /** An owner record as the portal lists it for choosing: name and unit. */
    public record Account(long ownerId, String name, @Nullable String unit) {
    }

    private final JdbcClient jdbc;

    OwnerAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The owners whose phone is this mobile number (11 digits, {@link MobileNumber}), oldest record first. */
    @Transactional(readOnly = true)
    public List<Long> withMobile(String mobile) {
        // phones are stored as typed: narrow by the last four digits, then compare the numbers themselves
        return jdbc.sql("SELECT id, phone FROM owner WHERE phone LIKE ? ORDER BY id")
                .param("%" + mobile.substring(mobile.length() - 4))
                .query((rs, row) -> new Phone(rs.getLong(1), rs.getString(2))).list().stream()
                .filter(phone -> MobileNumber.of(phone.typed()).filter(mobile::equals).isPresent())
                .map(Phone::ownerId).toList();
    }

    private record Phone(long ownerId, String typed) {
    }

    /** These owner records, in the order given; ids of no owner are left out. */
    @Transactional(readOnly = true)
    public List<Account> accounts(List<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        List<Account> found = jdbc.sql("SELECT id, name, unit FROM owner WHERE id IN (:ids)").param("ids", ownerIds)
                .query((rs, row) -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
        return ownerIds.stream().flatMap(id -> found.stream().filter(a -> a.ownerId() == id)).toList();
    }
}
