package eu.twinning.persistence;

import java.util.EnumSet;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.generator.BeforeExecutionGenerator;
import org.hibernate.generator.EventType;
import org.hibernate.generator.EventTypeSets;
import org.hibernate.id.IdentityGenerator;

/**
 * The generator of {@link RestorableId}: the identity column's next value for a new entity without
 * an id (Hibernate inserts without the id and reads it back), the entity's own id otherwise
 * (Hibernate binds it in the insert). An identity column does not move past ids inserted explicitly:
 * whoever restores ids also moves the identity past them ({@link Identities}).
 */
public class RestorableIdentity extends IdentityGenerator implements BeforeExecutionGenerator {

    @Override
    public boolean generatedOnExecution() {
        return true;
    }

    @Override
    public boolean generatedOnExecution(Object entity, SharedSessionContractImplementor session) {
        return idOf(entity, session) == null;
    }

    @Override
    public boolean generatedBeforeExecution(Object entity, SharedSessionContractImplementor session) {
        return idOf(entity, session) != null;
    }

    @Override
    public Object generate(SharedSessionContractImplementor session, Object owner, Object currentValue,
            EventType eventType) {
        return currentValue;
    }

    @Override
    public boolean allowAssignedIdentifiers() {
        return true;
    }

    @Override
    public EnumSet<EventType> getEventTypes() {
        return EventTypeSets.INSERT_ONLY;
    }

    private static Object idOf(Object entity, SharedSessionContractImplementor session) {
        return session.getEntityPersister(null, entity).getIdentifier(entity, session);
    }
}
