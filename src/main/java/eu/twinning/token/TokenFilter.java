package eu.twinning.token;

import eu.twinning.common.Role;

public record TokenFilter(Role role, String partner) {
}
