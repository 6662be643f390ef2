package org.parkgate.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload field's own words (its button, drop hint, errors and progress) in the user's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static void apply(Upload upload) {
        var i18n = new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add-file"))
                        .setMany(upload.getTranslation("upload.add-files")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop-file"))
                        .setMany(upload.getTranslation("upload.drop-files")))
                .setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.too-many"))
                        .setFileIsTooBig(upload.getTranslation("upload.too-big"))
                        .setIncorrectFileType(upload.getTranslation("upload.wrong-type")))
                .setFile(new UploadI18N.File().setRetry(upload.getTranslation("upload.retry"))
                        .setStart(upload.getTranslation("upload.start"))
                        .setRemove(upload.getTranslation("upload.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.connecting"))
                                .setStalled(upload.getTranslation("upload.stalled"))
                                .setProcessing(upload.getTranslation("upload.processing"))
                                .setHeld(upload.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining"))
                                .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("upload.server-unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.server-error"))
                                .setForbidden(upload.getTranslation("upload.forbidden"))))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
    }
}
