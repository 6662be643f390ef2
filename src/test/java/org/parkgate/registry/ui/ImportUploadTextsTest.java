package org.parkgate.registry.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.parkgate.KaribuTest;
import org.parkgate.base.ui.Translations;
import org.parkgate.security.Role;

/** In the Chinese office the import's upload field speaks Chinese too (its button said "Upload Files..."). */
class ImportUploadTextsTest extends KaribuTest {

    @Test
    void theUploadFieldIsInTheUsersLanguage() {
        login("cashier", Role.CASHIER);
        UI.getCurrent().setLocale(Translations.CHINESE);
        UI.getCurrent().navigate("owners");
        _click(_get(Button.class, spec -> spec.withId("owners-import")));
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("将文件拖到此处");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("文件太大。");
    }
}
