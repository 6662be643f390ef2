package org.parkgate.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parkgate.KaribuTest;
import org.parkgate.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTest extends KaribuTest {

    @Autowired
    LocalePreferences preferences;

    @Test
    void anonymousUserLandsOnLogin() {
        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEqualTo("login");
        _get(LoginForm.class);
        assertThat(_find(SideNavItem.class)).isEmpty();
    }

    static Stream<Arguments> menus() {
        return Stream.of(
                Arguments.of(Role.ADMIN,
                        List.of("Home", "Dashboard", "Lanes", "Passages", "Gate simulator", "Occupancy", "Owners", "Units", "Parking spaces", "Passes",
                                "Invoices", "Payments", "Shift handover", "Ledger", "Exemptions", "Arrears", "Delivery log", "Announcements",
                                "Reports", "Contract terms", "Reminder schedule", "Message templates", "Gate index", "Users",
                                "Device keys", "Audit trail")),
                Arguments.of(Role.MANAGER,
                        List.of("Home", "Dashboard", "Lanes", "Passages", "Gate simulator", "Occupancy", "Owners", "Units", "Parking spaces", "Passes",
                                "Invoices", "Payments", "Shift handover", "Ledger", "Exemptions", "Arrears", "Delivery log", "Announcements",
                                "Reports", "Contract terms", "Reminder schedule", "Message templates", "Audit trail")),
                Arguments.of(Role.CASHIER,
                        List.of("Home", "Lanes", "Passages", "Gate simulator", "Occupancy", "Owners", "Units", "Passes", "Invoices", "Payments",
                                "Shift handover", "Ledger", "Exemptions", "Arrears", "Delivery log")),
                Arguments.of(Role.GUARD, List.of("Home", "Lanes", "Passages", "Gate simulator", "Occupancy")));
    }

    @ParameterizedTest
    @MethodSource("menus")
    void eachRoleSeesExactlyItsMenuEntries(Role role, List<String> expected) {
        login(role.name().toLowerCase(Locale.ROOT), role);
        UI.getCurrent().navigate("");
        assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void aRoleCannotOpenAViewByItsAddressEither() {
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("users");
        assertThat(_find(Grid.class, spec -> spec.withId("users-grid"))).isEmpty();
        UI.getCurrent().navigate("audit");
        assertThat(_find(Grid.class, spec -> spec.withId("audit-grid"))).isEmpty();
    }

    @Test
    void chosenLanguageIsRememberedForTheUser() {
        login("manager", Role.MANAGER);
        UI.getCurrent().navigate("");
        context.getBean(UserLocale.class).choose(UI.getCurrent(), Translations.CHINESE);
        try {
            assertThat(preferences.load("manager")).contains(Translations.CHINESE);

            // a new tab (e.g. after the page reload or the next sign-in) opens in Chinese
            reopenTab();
            login("manager", Role.MANAGER);
            UI.getCurrent().navigate("");
            assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList())
                    .containsExactly("首页", "经营概览", "车道监控", "通行记录", "道闸模拟器", "车位占用", "业主", "房屋", "车位", "月卡", "账单", "收费", "交接班", "流水账", "减免", "欠费", "发送记录", "公告", "报表", "合同条款", "提醒计划", "消息模板",
                            "审计日志");
        } finally {
            preferences.save("manager", Translations.ENGLISH);
        }
    }

    @Test
    void browserLanguageDecidesWhenTheUserChoseNone() {
        assertThat(Translations.supported(Locale.forLanguageTag("zh-TW"))).isEqualTo(Translations.CHINESE);
        assertThat(Translations.supported(Locale.US)).isEqualTo(Translations.ENGLISH);
        assertThat(Translations.supported(Locale.GERMAN)).isEqualTo(Translations.CHINESE);
    }

    private void reopenTab() {
        tearDownTab();
        setUpTab();
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
