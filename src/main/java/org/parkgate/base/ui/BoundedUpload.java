package org.parkgate.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload that the server itself bounds (the browser's size limit is only a courtesy): at most
 * {@code maxBytes} are taken onto a temporary file while they arrive, a larger upload is stopped
 * there and refused, and the file is handed to the receiver and deleted afterwards.
 */
public final class BoundedUpload implements UploadHandler {

    /** What is done with a complete upload, on the upload's request thread. */
    @FunctionalInterface
    public interface Receiver {
        void receive(String fileName, Path file) throws IOException;
    }

    private final long maxBytes;
    private final Receiver receiver;
    private final Runnable tooLarge;

    public BoundedUpload(long maxBytes, Receiver receiver, Runnable tooLarge) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.tooLarge = tooLarge;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        Path file = Files.createTempFile("parkgate-upload-", ".part");
        try {
            if (!copy(event.getInputStream(), file)) {
                refuse(event);
                return;
            }
            receiver.receive(event.getFileName(), file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Copies at most {@code maxBytes}; false when there was more. */
    private boolean copy(InputStream upload, Path file) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (InputStream in = upload; OutputStream out = Files.newOutputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, n);
            }
        }
        return true;
    }

    private void refuse(UploadEvent event) {
        event.reject("larger than " + maxBytes + " bytes");
        tooLarge.run();
    }
}
