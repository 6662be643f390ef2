package org.parkgate.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

    static final List<String> LANES = List.of("At the lanes", "Lanes", "Passages", "Occupancy", "Gate simulator");
    static final List<String> TAKING_MONEY = List.of("Taking money", "Payments", "Passes", "Pass holders", "Invoices",
            "Shift handover", "Ledger");
    /** The office's managers and admins also export the finance vouchers. */
    static final List<String> TAKING_MONEY_AND_VOUCHERS = concat(TAKING_MONEY, List.of("Finance vouchers"));

    static Stream<Arguments> menus() {
        return Stream.of(
                Arguments.of(Role.ADMIN, concat(LANES, TAKING_MONEY_AND_VOUCHERS,
                        List.of("Owners and vehicles", "Owners", "Units", "Parking spaces", "Exemptions", "Vehicle requests",
                                "Owners' messages"),
                        List.of("Arrears and reminders", "Arrears", "Delivery log", "Announcements"),
                        List.of("Figures and reports", "Dashboard", "Reports"),
                        List.of("Settings", "System status", "Contract terms", "Reminder schedule", "Message templates",
                                "Lot rules", "Payment providers", "Owners' portal", "Gate index", "Release reasons", "Plate lists", "Screen texts", "Users",
                                "Device keys", "API clients", "Webhooks", "Audit trail", "Backups"))),
                Arguments.of(Role.MANAGER, concat(LANES, TAKING_MONEY_AND_VOUCHERS,
                        List.of("Owners and vehicles", "Owners", "Units", "Parking spaces", "Exemptions", "Vehicle requests",
                                "Owners' messages"),
                        List.of("Arrears and reminders", "Arrears", "Delivery log", "Announcements"),
                        List.of("Figures and reports", "Dashboard", "Reports"),
                        List.of("Settings", "System status", "Contract terms", "Reminder schedule", "Message templates",
                                "Lot rules", "Owners' portal", "Release reasons", "Plate lists", "Screen texts", "Audit trail"))),
                Arguments.of(Role.CASHIER, concat(LANES, TAKING_MONEY,
                        List.of("Owners and vehicles", "Owners", "Units", "Exemptions", "Vehicle requests", "Owners' messages"),
                        List.of("Arrears and reminders", "Arrears", "Delivery log"))),
                Arguments.of(Role.GUARD, concat(LANES, List.of("Taking money", "Shift handover"),
                        List.of("Settings", "Plate lists"))));
    }

    @SafeVarargs
    static List<String> concat(List<String>... groups) {
        return Stream.of(groups).flatMap(List::stream).toList();
    }

    /** The menu grouped by task: each group's label, then its entries (only those the role may open). */
    @ParameterizedTest
    @MethodSource("menus")
    void eachRoleSeesExactlyItsMenuEntriesGroupedByTask(Role role, List<String> expected) {
        login(role.name().toLowerCase(Locale.ROOT), role);
        UI.getCurrent().navigate("");
        List<String> shown = new java.util.ArrayList<>();
        for (SideNavItem group : _get(SideNav.class, spec -> spec.withId("main-nav")).getItems()) {
            shown.add(group.getLabel());
            group.getItems().forEach(entry -> shown.add(entry.getLabel()));
        }
        assertThat(shown).containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> homes() {
        return Stream.of(Arguments.of(Set.of(Role.GUARD), "lanes"), Arguments.of(Set.of(Role.CASHIER), "payments"),
                Arguments.of(Set.of(Role.MANAGER), "dashboard"), Arguments.of(Set.of(Role.ADMIN), "system"),
                Arguments.of(Set.of(Role.ADMIN, Role.MANAGER), "dashboard"),
                Arguments.of(Set.of(Role.CASHIER, Role.GUARD), "payments"));
    }

    /** Each role starts on the page of what it does first. */
    @ParameterizedTest
    @MethodSource("homes")
    void eachRoleStartsOnItsOwnPage(Set<Role> roles, String home) {
        login("someone", roles.toArray(Role[]::new));
        UI.getCurrent().navigate("");
        assertThat(currentPath()).isEqualTo(home);
    }

    @Test
    void aRoleCannotOpenAViewByItsAddressEither() {
        login("guard", Role.GUARD);
        UI.getCurrent().navigate("users");
        assertThat(_find(Grid.class, spec -> spec.withId("users-grid"))).isEmpty();
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("page-not-found")).getText())
                .as("said in words, inside the menu").isEqualTo("This page does not exist, or your role may not open it.");
        assertThat(_find(SideNav.class)).isNotEmpty();
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
                    .containsExactly("车道", "车道监控", "通行记录", "车位占用", "道闸模拟器", "收费与月卡", "收费", "月卡", "月卡用户",
                            "账单", "交接班", "流水账", "财务凭证", "业主与车辆", "业主", "房屋", "车位", "减免", "车辆申请", "业主留言", "欠费与提醒", "欠费", "发送记录",
                            "公告", "统计报表", "经营概览", "报表", "设置", "系统状态", "合同条款", "提醒计划", "消息模板", "车场规则",
                            "业主服务设置", "放行原因", "黑白名单", "显示屏文字", "审计日志");
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
