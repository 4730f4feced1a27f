package eu.twinning.http;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Proactive negotiation (RFC 9110 12.5.1) between the media types one resource answers with. JAX-RS
 * has already refused (406) an Accept that allows none of them; this picks among those it allows:
 * the type with the highest quality, each type rated by the most specific range that matches it
 * (application/ld+json before application/* before * / *), and on a tie the first one offered, so
 * that a client that states no preference gets the API's JSON.
 */
public final class Accept {

    private Accept() {
    }

    /** The offered type the request's Accept prefers; the first offered when it allows several equally. */
    public static MediaType choose(HttpHeaders headers, List<MediaType> offered) {
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        MediaType best = offered.get(0);
        double bestQuality = quality(acceptable, best);
        for (MediaType type : offered.subList(1, offered.size())) {
            double quality = quality(acceptable, type);
            if (quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        return best;
    }

    /** The quality the most specific matching range gives the type; 0 when none matches. */
    static double quality(List<MediaType> acceptable, MediaType type) {
        int specificity = -1;
        double quality = 0;
        for (MediaType range : acceptable) {
            if (!range.isCompatible(type)) {
                continue;
            }
            int rangeSpecificity = range.isWildcardType() ? 0 : range.isWildcardSubtype() ? 1 : 2;
            if (rangeSpecificity > specificity) {
                specificity = rangeSpecificity;
                quality = qualityOf(range);
            }
        }
        return quality;
    }

    private static double qualityOf(MediaType range) {
        String q = range.getParameters().get("q");
        if (q == null) {
            return 1;
        }
        try {
            return Double.parseDouble(q);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
