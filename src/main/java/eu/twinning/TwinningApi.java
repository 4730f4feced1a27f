package eu.twinning;

import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@OpenAPIDefinition(
        info = @Info(title = "Twinning Network API", version = "1.0.0"),
        tags = {
                @Tag(name = "Network", description = "The twinning project itself"),
                @Tag(name = "Partners", description = "Member cities and districts of the network"),
                @Tag(name = "Memoranda", description = "Memoranda of cooperation between partners"),
                @Tag(name = "Events", description = "Meetings with their day-by-day programme and delegations"),
                @Tag(name = "Good practices", description = "Partners' good-practice submissions and their review"),
                @Tag(name = "Tokens", description = "API tokens and their roles (admin)"),
                @Tag(name = "Audit", description = "The log of every write (admin)")
        })
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API token issued through /api/v1/tokens (roles admin, editor of one partner, moderator), "
                + "or the bootstrap admin token of TWINNING_ADMIN_TOKEN. Each operation's description names the "
                + "roles it allows.")
public class TwinningApi extends Application {
}
