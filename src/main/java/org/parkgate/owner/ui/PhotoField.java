package org.parkgate.owner.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Files;
import org.jspecify.annotations.Nullable;
import org.parkgate.base.UserFacingException;
import org.parkgate.base.ui.BoundedUpload;
import org.parkgate.base.ui.UploadTexts;
import org.parkgate.owner.Photo;

/**
 * An optional photo for a message: at most {@link Photo#MAX_BYTES}, cut off by the server while
 * it arrives; kept only if its bytes are an image. What is wrong is said under it.
 */
final class PhotoField extends Div {

    private @Nullable Photo photo;
    private final Span problem = new Span();
    private final Upload upload;

    PhotoField() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        upload = new Upload(new BoundedUpload(Photo.MAX_BYTES, (fileName, file) -> {
            byte[] bytes = Files.readAllBytes(file);
            ui.access(() -> take(bytes));
        }, () -> ui.access(() -> refuse(getTranslation("error.message.photo-too-large", Photo.MAX_BYTES / 1024 / 1024)))));
        upload.setId("message-photo-upload");
        UploadTexts.apply(upload);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Photo.MAX_BYTES);
        upload.setAcceptedFileTypes("image/*");
        upload.setDropAllowed(false);
        problem.setId("message-photo-problem");
        problem.addClassName("parkgate-alarm");
        add(new Span(getTranslation("messages.photo-optional")), upload, problem);
    }

    /** What an upload brought: kept if it is an image, else refused. */
    void take(byte[] bytes) {
        try {
            photo = Photo.of(bytes).orElse(null);
            problem.setText(photo == null ? getTranslation("error.message.photo-not-image") : "");
        } catch (UserFacingException tooLarge) {
            refuse(getTranslation(tooLarge.messageKey(), tooLarge.arguments()));
        }
    }

    private void refuse(String why) {
        photo = null;
        problem.setText(why);
    }

    @Nullable Photo photo() {
        return photo;
    }

    /** Whether a refused upload is waiting to be replaced (then nothing is sent). */
    boolean refused() {
        return !problem.getText().isEmpty();
    }

    void clear() {
        photo = null;
        problem.setText("");
        upload.clearFileList();
    }
}
