package eu.twinning.security;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a token may do. The constants serve @RolesAllowed; see README "Who may do what". */
public enum Role {
    /** The network's coordinator: everything, including tokens and partners. */
    ADMIN,
    /** One partner's editor: that partner's profile and good practice, memorandum proposals. */
    EDITOR,
    /** Publishes or rejects submitted good practice; edits nothing else. */
    MODERATOR;

    public static final String ADMIN_NAME = "admin";
    public static final String EDITOR_NAME = "editor";
    public static final String MODERATOR_NAME = "moderator";

    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
