package io.muyield.app.portal;

import io.muyield.app.shared.UserFacingException;
import io.muyield.store.appeal.AppealRepository.NewEvidence;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Evidence for an appeal: PDF, PNG or JPEG, recognised by the first bytes of the content (never by the file name or
 * the browser's content type), at most {@value #MAX_BYTES} bytes each and {@value #MAX_FILES} files.
 */
final class EvidenceFiles {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILES = 5;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private EvidenceFiles() {
    }

    /** The media type the content's magic bytes show, if it is one of PDF, PNG, JPEG. */
    static Optional<String> mediaType(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    static List<NewEvidence> check(List<MultipartFile> files) {
        List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (given.size() > MAX_FILES) {
            throw new UserFacingException("at most " + MAX_FILES + " evidence files");
        }
        List<NewEvidence> checked = new ArrayList<>();
        for (MultipartFile f : given) {
            String name = f.getOriginalFilename() == null ? "evidence" : f.getOriginalFilename().replaceAll("[\\\\/\\p{Cntrl}]", "_");
            if (f.getSize() > MAX_BYTES) {
                throw new UserFacingException(name + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            byte[] content;
            try {
                content = f.getBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String type = mediaType(content).orElseThrow(() -> new UserFacingException(name + " is not a PDF, PNG or JPEG file (checked by its content)"));
            checked.add(new NewEvidence(name.length() > 200 ? name.substring(0, 200) : name, type, sha256(content), content));
        }
        return checked;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
