package eu.twinning.token;

import eu.twinning.security.Role;

public record TokenFilter(Role role, String partner) {
}
