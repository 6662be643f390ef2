package org.parkgate.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Device keys: made by admins for some uses and lanes, shown once, kept only as hashes, revoked
 * for good; through the real filter chain a key acts only within its scope, and its last use is
 * shown.
 */
class DeviceKeysTest extends KaribuTest {

    @Autowired
    DeviceKeys keys;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewKeyWorksUntilRevokedAndIsNeverStoredItself() {
        login("admin", Role.ADMIN);
        String key = keys.create("东门摄像机 East camera", Set.of(DeviceUse.CAMERA), List.of());
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
        assertThatThrownBy(() -> keys.create("x", Set.of(DeviceUse.CAMERA), List.of()))
                .isInstanceOf(AuthorizationDeniedException.class);
        login("admin", Role.ADMIN);
        assertThatThrownBy(() -> keys.create(" ", Set.of(DeviceUse.CAMERA), List.of()))
                .isInstanceOf(StaffUserException.class);
        assertThatThrownBy(() -> keys.create("no use", Set.of(), List.of())).isInstanceOf(StaffUserException.class)
                .hasMessageContaining("error.device-key.uses");
        assertThatThrownBy(() -> keys.create("typo", Set.of(DeviceUse.CAMERA), List.of("in-9")))
                .isInstanceOf(StaffUserException.class).hasMessageContaining("error.device-key.lane-unknown");
        assertThat(keys.list().getFirst()).as("the configured key is listed, for every use and lane")
                .satisfies(configured -> {
                    assertThat(configured.configured()).isTrue();
                    assertThat(configured.scope()).isEqualTo(DeviceKeyScope.EVERYTHING);
                });
    }

    @Test
    void aCameraKeyReadsPlatesOnlyAtItsLanesAndCannotDriveTheSimulator() throws Exception {
        login("admin", Role.ADMIN);
        String camera = keys.create("入口相机 in-1 camera", Set.of(DeviceUse.CAMERA), List.of("in-1"));
        MockMvc api = api();

        // an empty body is refused by the endpoint itself (400): the key was let through to it
        api.perform(plateRead("in-1", camera)).andExpect(status().isBadRequest());
        api.perform(plateRead("out-1", camera)).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        api.perform(post("/api/v1/cameras/vzenith/out-1").header("X-Api-Key", camera)).andExpect(status().isForbidden());
        api.perform(get("/api/v1/sim/lanes/in-1").header("X-Api-Key", camera)).andExpect(status().isForbidden());
        api.perform(get("/api/v1/sandbox/sms").header("X-Api-Key", camera)).andExpect(status().isForbidden());
        api.perform(get("/api/v1/sim/lanes/in-1")).andExpect(status().isUnauthorized());
    }

    @Test
    void aSimulatorKeyDrivesTheSimulatorButReadsNoPlates() throws Exception {
        login("admin", Role.ADMIN);
        String simulator = keys.create("测试脚本 test script", Set.of(DeviceUse.SIMULATOR), List.of());
        MockMvc api = api();
        api.perform(get("/api/v1/sim/lanes/in-1").header("X-Api-Key", simulator)).andExpect(status().isOk());
        api.perform(get("/api/v1/sim/lanes/out-1").header("X-Api-Key", simulator)).andExpect(status().isOk());
        api.perform(plateRead("in-1", simulator)).andExpect(status().isForbidden());
    }

    @Test
    void aKeysLastUseIsListedAndSavedInTheTable() throws Exception {
        login("admin", Role.ADMIN);
        String camera = keys.create("出口相机 out-1 camera", Set.of(DeviceUse.CAMERA), List.of("out-1"));
        DeviceKeys.DeviceKey before = byName("出口相机 out-1 camera");
        assertThat(before.lastUse()).as("never used yet").isNull();

        api().perform(plateRead("out-1", camera).with(request -> {
            request.setRemoteAddr("192.0.2.77");
            return request;
        })).andExpect(status().isBadRequest());
        login("admin", Role.ADMIN); // the request's filter chain cleared this thread's sign-in
        assertThat(byName("出口相机 out-1 camera").lastUse()).satisfies(use -> {
            assertThat(use.from()).isEqualTo("192.0.2.77");
            assertThat(use.at()).isEqualTo(clock.instant());
        });

        keys.saveLastUses();
        assertThat(jdbc.sql("SELECT last_used_from FROM device_key WHERE id = ?").param(before.id())
                .query(String.class).single()).isEqualTo("192.0.2.77");
    }

    private DeviceKeys.DeviceKey byName(String name) {
        return keys.list().stream().filter(key -> key.name().equals(name)).findFirst().orElseThrow();
    }

    private MockMvc api() {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private static MockHttpServletRequestBuilder plateRead(String lane, String key) {
        return post("/api/v1/lanes/" + lane + "/plate-reads").header("X-Api-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content("");
    }
}
