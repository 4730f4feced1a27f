package eu.twinning.partner;

import java.time.ZoneId;
import java.util.Map;

/**
 * The time zone of a partner's country, in which the times of the events it hosts are local times.
 * A listed country has the zone of its capital (for one with several, such as Spain or Portugal, its
 * mainland's); a country not listed has no known zone, and its events' times stay floating (local
 * wherever they happen) rather than be placed in a wrong zone.
 */
public final class CountryZones {

    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            // The countries of the TTChan network.
            zone("LV", "Europe/Riga"), zone("RS", "Europe/Belgrade"), zone("LT", "Europe/Vilnius"),
            zone("PL", "Europe/Warsaw"), zone("DE", "Europe/Berlin"), zone("SE", "Europe/Stockholm"),
            zone("IT", "Europe/Rome"),
            // The other countries of the EU and of the Europe for Citizens programme, for new partners.
            zone("AT", "Europe/Vienna"), zone("BE", "Europe/Brussels"), zone("BG", "Europe/Sofia"),
            zone("HR", "Europe/Zagreb"), zone("CY", "Asia/Nicosia"), zone("CZ", "Europe/Prague"),
            zone("DK", "Europe/Copenhagen"), zone("EE", "Europe/Tallinn"), zone("FI", "Europe/Helsinki"),
            zone("FR", "Europe/Paris"), zone("GR", "Europe/Athens"), zone("HU", "Europe/Budapest"),
            zone("IE", "Europe/Dublin"), zone("LU", "Europe/Luxembourg"), zone("MT", "Europe/Malta"),
            zone("NL", "Europe/Amsterdam"), zone("PT", "Europe/Lisbon"), zone("RO", "Europe/Bucharest"),
            zone("SK", "Europe/Bratislava"), zone("SI", "Europe/Ljubljana"), zone("ES", "Europe/Madrid"),
            zone("AL", "Europe/Tirane"), zone("BA", "Europe/Sarajevo"), zone("ME", "Europe/Podgorica"),
            zone("MK", "Europe/Skopje"));

    private CountryZones() {
    }

    /** The zone of an ISO 3166-1 alpha-2 country, or null when it is not known here. */
    public static ZoneId of(String country) {
        return country == null ? null : ZONES.get(country);
    }

    private static Map.Entry<String, ZoneId> zone(String country, String zone) {
        return Map.entry(country, ZoneId.of(zone));
    }
}
