package dk.samspil.domain.intake;

import dk.samspil.domain.privacy.InMemoryPersonKeyStore;
import dk.samspil.domain.privacy.PersonVault;
import dk.samspil.domain.shared.Rejected;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The import's way into the repository, recorded: commands sent and events appended count as
 * stored only when their transaction commits, as in the real event store.
 */
final class RecordingStore {

    private final List<Object> pending = new ArrayList<>();
    private final List<Object> stored = new ArrayList<>();
    private final int refusedCommand;
    private int sent;

    RecordingStore() {
        this(-1);
    }

    /** A store whose aggregates refuse the n-th command (0-based) of an import, as a late rule would. */
    RecordingStore(int refusedCommand) {
        this.refusedCommand = refusedCommand;
    }

    /** An importer whose commands and events land here; the aggregates' answers are left out (every command returns null). */
    BundleImporter importer() {
        CommandGateway commands = proxy(CommandGateway.class, (name, args) -> {
            if (!name.equals("sendAndWait")) {
                throw new UnsupportedOperationException(name);
            }
            if (sent++ == refusedCommand) {
                throw new Rejected("refused for the test: " + args[0].getClass().getSimpleName());
            }
            pending.add(args[0]);
            return null;
        });
        EventStore events = proxy(EventStore.class, (name, args) -> switch (name) {
            case "readEvents" -> DomainEventStream.empty();
            case "publish" -> {
                Object batch = args[0];
                if (batch instanceof List<?> list) {
                    pending.addAll(list);
                } else {
                    pending.addAll(Arrays.asList((EventMessage<?>[]) batch));
                }
                yield null;
            }
            default -> throw new UnsupportedOperationException(name);
        });
        TransactionManager transactions = () -> new Transaction() {
            @Override
            public void commit() {
                stored.addAll(pending);
                pending.clear();
            }

            @Override
            public void rollback() {
                pending.clear();
            }
        };
        return new BundleImporter(commands, events, transactions, new PersonVault(new InMemoryPersonKeyStore()));
    }

    /** Commands and events of committed transactions. */
    List<Object> stored() {
        return List.copyOf(stored);
    }

    private interface Handler {
        Object handle(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> switch (method.getName()) {
            case "toString" -> "recording " + type.getSimpleName();
            case "hashCode" -> System.identityHashCode(self);
            case "equals" -> self == args[0];
            default -> handler.handle(method.getName(), args == null ? new Object[0] : args);
        }));
    }
}
