package eu.twinning.token;

import java.security.SecureRandom;
import java.util.Base64;

import eu.twinning.security.Sha256;

/**
 * Opaque tokens of 256 random bits. A fast hash is enough to store them: unlike passwords they
 * cannot be guessed from a dictionary, so the hash only has to be one-way.
 */
final class TokenSecrets {

    static final String PREFIX = "twn_";
    /** The prefix and 32 bytes in unpadded base64url (43 characters). */
    static final int LENGTH = 47;
    static final String PATTERN = "^twn_[A-Za-z0-9_-]{43}$";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
