package org.parkgate.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The server's own bound on uploads: more than the limit is stopped as it arrives and refused. */
class BoundedUploadTest {

    static final long LIMIT = 1024 * 1024;

    @Test
    void anUploadOverTheLimitIsStoppedWhileItArrivesAndNothingIsReceived() throws IOException {
        var received = new ArrayList<String>();
        var tooLarge = new AtomicBoolean();
        var upload = new BoundedUpload(LIMIT, (name, file) -> received.add(name), () -> tooLarge.set(true));
        var endless = new CountingStream(Long.MAX_VALUE); // the browser said nothing of its size
        UploadEvent event = event("huge.xlsx", -1, endless);
        upload.handleUploadRequest(event);
        assertThat(received).isEmpty();
        assertThat(tooLarge).isTrue();
        assertThat(event.isRejected()).isTrue();
        assertThat(endless.read).as("read no further than the limit").isLessThanOrEqualTo(LIMIT + 64 * 1024);
    }

    @Test
    void anUploadWithinTheLimitIsHandedOverAsAFileAndDeletedAfterwards() throws IOException {
        List<Path> seen = new ArrayList<>();
        List<Long> sizes = new ArrayList<>();
        var upload = new BoundedUpload(LIMIT, (name, file) -> {
            seen.add(file);
            sizes.add(Files.size(file));
        }, () -> { });
        upload.handleUploadRequest(event("owners.csv", 1000, new CountingStream(1000)));
        assertThat(sizes).containsExactly(1000L);
        assertThat(seen.getFirst()).doesNotExist();
    }

    private static UploadEvent event(String name, long size, InputStream content) {
        return new UploadEvent(null, null, null, name, size, "application/octet-stream", null, new StreamPart(content));
    }

    /** So many bytes of 'a', counted as they are read. */
    static final class CountingStream extends InputStream {
        private final long length;
        long read;

        CountingStream(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 'a');
            read += n;
            return n;
        }
    }

    /** A multipart part as the servlet container hands it over. */
    private record StreamPart(InputStream content) implements Part {
        @Override public InputStream getInputStream() { return content; }
        @Override public String getContentType() { return "application/octet-stream"; }
        @Override public String getName() { return "file"; }
        @Override public String getSubmittedFileName() { return "upload"; }
        @Override public long getSize() { return -1; }
        @Override public void write(String fileName) { throw new UnsupportedOperationException(); }
        @Override public void delete() { }
        @Override public String getHeader(String name) { return null; }
        @Override public Collection<String> getHeaders(String name) { return List.of(); }
        @Override public Collection<String> getHeaderNames() { return List.of(); }
    }
}
