package dev.brief.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of an input into text: a byte-order mark wins, then valid UTF-8 that has multi-byte
 * characters, then a declared charset (HTTP header or an HTML meta tag), then strict UTF-8, then
 * Windows-1252 (with a note, since that is a guess).
 * Binary data is refused rather than decoded into noise.
 */
final class TextDecoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 8192;

    private TextDecoding() {}

    /** The text, the charset it was read in, and a note when the charset was guessed. */
    record Decoded(String text, Charset charset, String note) {}

    /** Thrown for input that is not text in any encoding brief reads. */
    static final class NotText extends Exception {
        NotText(String reason) {
            super(reason);
        }
    }

    /**
     * @param declared a charset named by the transport (HTTP Content-Type), or null
     * @param html     whether to honour a {@code <meta charset>} in the first bytes
     */
    static Decoded decode(byte[] bytes, String declared, boolean html) throws NotText {
        Charset bom = bomCharset(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new Decoded(new String(bytes, skip, bytes.length - skip, bom), bom, null);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return new Decoded(new String(bytes, utf16), utf16, null);
        }
        if (looksBinary(bytes)) {
            throw new NotText("binary data, not text");
        }
        Charset named = charset(declared);
        if (named == null && html) {
            Matcher m = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1));
            if (m.find()) {
                named = charset(m.group(1));
            }
        }
        String utf8 = strictUtf8(bytes);
        // Valid UTF-8 with multi-byte characters in it is practically never text in another charset,
        // while pages that declare the wrong one (a UTF-8 page saying gb2312) are common.
        if (named != null && named != StandardCharsets.UTF_8 && (utf8 == null || !hasNonAscii(bytes))) {
            return new Decoded(new String(bytes, named), named, null);
        }
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, null);
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252,
                named == StandardCharsets.UTF_8 ? "declared UTF-8 but is not; read as Windows-1252" : "not valid UTF-8; read as Windows-1252");
    }

    /** The bytes as UTF-8, or null when they are not valid UTF-8. */
    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** Mostly-ASCII UTF-16 text has a NUL in every other byte; binary files do not keep to that rhythm. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SNIFF_BYTES) & ~1;
        if (n < 16) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        if (evenNul > pairs * 0.6 && oddNul == 0) {
            return StandardCharsets.UTF_16BE;
        }
        if (oddNul > pairs * 0.6 && evenNul == 0) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /** NUL bytes and many control characters never occur in text; they mark images, archives, PDFs. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = bytes[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b) {
                control++;
            }
        }
        return n > 0 && control * 20 > n;
    }

    static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(name.trim().toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
