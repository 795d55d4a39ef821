package io.muyield.app.portal;

import io.muyield.app.shared.UserFacingException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceFilesTest {

    private static final byte[] PDF = "%PDF-1.7\n%…".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};

    @Test
    void recognisesTheTypeByContentNotByName() {
        assertThat(EvidenceFiles.mediaType(PDF)).contains("application/pdf");
        assertThat(EvidenceFiles.mediaType(PNG)).contains("image/png");
        assertThat(EvidenceFiles.mediaType(JPEG)).contains("image/jpeg");
        assertThat(EvidenceFiles.mediaType("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceFiles.mediaType(new byte[]{(byte) 0x89, 'P'})).isEmpty();
        // A script named .pdf is refused; a PNG named .txt is taken as the PNG it is.
        assertThatThrownBy(() -> EvidenceFiles.check(List.of(new MockMultipartFile("evidence", "invoice.pdf", "application/pdf",
                "MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOf(UserFacingException.class).hasMessage("invoice.pdf is not a PDF, PNG or JPEG file (checked by its content)");
        var checked = EvidenceFiles.check(List.of(new MockMultipartFile("evidence", "scan.txt", "text/plain", PNG)));
        assertThat(checked).singleElement().satisfies(e -> {
            assertThat(e.mediaType()).isEqualTo("image/png");
            assertThat(e.sha256()).hasSize(64);
        });
    }

    @Test
    void limitsSizeAndCount() {
        byte[] big = new byte[EvidenceFiles.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> EvidenceFiles.check(List.of(new MockMultipartFile("evidence", "big.pdf", null, big))))
                .hasMessage("big.pdf is larger than 5 MB");
        List<org.springframework.web.multipart.MultipartFile> six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> (org.springframework.web.multipart.MultipartFile) new MockMultipartFile("evidence", i + ".png", null, PNG)).toList();
        assertThatThrownBy(() -> EvidenceFiles.check(six)).hasMessage("at most 5 evidence files");
        assertThat(EvidenceFiles.check(null)).isEmpty();
        assertThat(EvidenceFiles.check(List.of(new MockMultipartFile("evidence", "empty.pdf", null, new byte[0])))).isEmpty();
    }
}
