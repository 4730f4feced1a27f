package eu.twinning.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.annotations.IdGeneratorType;

/**
 * An id from the table's identity column, unless the entity comes with one: an import restores the
 * ids that URLs name (/events/1), and everything else gets the next one.
 */
@IdGeneratorType(RestorableIdentity.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD })
public @interface RestorableId {
}
