package org.parkgate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** Device keys: made by admins, shown once, kept only as hashes, revoked for good. */
class DeviceKeysTest extends KaribuTest {

    @Autowired
    DeviceKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewKeyWorksUntilRevokedAndIsNeverStoredItself() {
        login("admin", Role.ADMIN);
        String key = keys.create("东门摄像机 East camera");
        assertThat(key).startsWith("pgk_").hasSize(4 + 48);
        assertThat(keys.valid(key)).isTrue();
        assertThat(keys.valid(key + "x")).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM device_key WHERE key_hash = ?").param(key).query(Integer.class)
                .single()).as("not stored in the clear").isZero();

        long id = keys.list().stream().filter(k -> k.name().equals("东门摄像机 East camera")).findFirst().orElseThrow()
                .id();
        keys.revoke(id);
        assertThat(keys.valid(key)).isFalse();
        assertThatThrownBy(() -> keys.revoke(id)).isInstanceOf(StaffUserException.class);
    }

    @Test
    void theConfiguredDemoKeyWorksAndOnlyAdminsManageKeys() {
        assertThat(keys.valid("demo-device-key")).isTrue();
        assertThat(keys.valid("")).isFalse();
        assertThat(keys.valid(null)).isFalse();
        login("manager", Role.MANAGER);
        assertThatThrownBy(() -> keys.create("x")).isInstanceOf(AuthorizationDeniedException.class);
        login("admin", Role.ADMIN);
        assertThatThrownBy(() -> keys.create(" ")).isInstanceOf(StaffUserException.class);
    }
}
