package eu.twinning.change;

import java.util.List;
import java.util.Optional;

import eu.twinning.http.Versioned;

/** A change source whose resources are keyed by a numeric id (events, memoranda, good practice). */
public abstract class IdChangeSource implements ChangeSource {

    /** The resource as an anonymous caller reads it with lang=*, if it may; never throws for an absent one. */
    protected abstract Optional<? extends Versioned> view(long id);

    /** The ids of every public resource of this type, in order. */
    protected abstract List<Long> publicIds();

    /** The ids of those of this type whose representation shows that resource. */
    protected List<Long> idsShowing(String type, String key) {
        return List.of();
    }

    @Override
    public Optional<? extends Versioned> publicView(String key) {
        return view(Long.parseLong(key));
    }

    @Override
    public List<String> publicKeys() {
        return publicIds().stream().map(String::valueOf).toList();
    }

    @Override
    public List<String> showing(String type, String key) {
        return idsShowing(type, key).stream().map(String::valueOf).toList();
    }
}
