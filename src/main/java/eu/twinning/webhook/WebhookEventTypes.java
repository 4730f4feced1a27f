package eu.twinning.webhook;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import eu.twinning.change.ChangeAction;
import eu.twinning.change.ChangeRecord;

/** The types a subscription can ask for: a resource type and what happened to it, or a reset of the feed. */
public final class WebhookEventTypes {

    /** An import replaced the data: drop the copy and sync from scratch. */
    public static final String RESET = "changes.reset";
    public static final List<String> ALL;
    public static final int MAX_LENGTH = 30;

    static {
        List<String> all = new ArrayList<>();
        for (String type : List.of("partner", "event", "memorandum", "good-practice", "network")) {
            for (ChangeAction action : ChangeAction.values()) {
                all.add(type + "." + action);
            }
        }
        all.add(RESET);
        ALL = Collections.unmodifiableList(all);
    }

    private WebhookEventTypes() {
    }

    public static String of(ChangeRecord change) {
        return change == null ? RESET : change.type() + "." + change.action();
    }
}
