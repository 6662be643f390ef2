package org.parkgate.voucher;

import java.util.EnumMap;
import java.util.Map;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.parkgate.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The office's account for each kind of money: its chart's code and name, the default until changed; audited. */
@Service
@PreAuthorize(Role.Names.ADMIN_OR_MANAGER)
public class VoucherAccounts {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    VoucherAccounts(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every account, as the office set it or by default. */
    @Transactional(readOnly = true)
    public Map<VoucherAccount, AccountCode> mapping() {
        Map<VoucherAccount, AccountCode> mapping = new EnumMap<>(VoucherAccount.class);
        for (VoucherAccount account : VoucherAccount.values()) {
            mapping.put(account, new AccountCode(account.defaultCode(), account.defaultName()));
        }
        jdbc.sql("SELECT account, code, name FROM voucher_account").query(rs -> {
            mapping.put(VoucherAccount.valueOf(rs.getString(1)), new AccountCode(rs.getString(2), rs.getString(3)));
        });
        return mapping;
    }

    /** Several accounts at once: all or none. */
    @Transactional
    public void change(Map<VoucherAccount, AccountCode> changed) {
        changed.forEach((account, code) -> change(account, code.code(), code.name()));
    }

    /**
     * Sets the account's code (digits and dots, at most 40) and name (at most 100); refused with
     * {@link VoucherException} otherwise.
     */
    @Transactional
    public void change(VoucherAccount account, String code, String name) {
        String c = code == null ? "" : code.strip();
        String n = name == null ? "" : name.strip();
        if (!c.matches("[0-9][0-9.]{0,39}")) {
            throw new VoucherException("vouchers.error.code");
        }
        if (n.isEmpty() || n.length() > 100) {
            throw new VoucherException("vouchers.error.account-name");
        }
        int updated = jdbc.sql("UPDATE voucher_account SET code = ?, name = ? WHERE account = ?")
                .params(c, n, account.name()).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO voucher_account (account, code, name) VALUES (?, ?, ?)").params(account.name(), c, n)
                    .update();
        }
        audit.record(AuditAction.VOUCHER_ACCOUNTS_CHANGED, account.name(), c + " " + n);
    }
}
