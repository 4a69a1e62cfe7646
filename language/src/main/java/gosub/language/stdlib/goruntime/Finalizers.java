package gosub.language.stdlib.goruntime;

import gosub.language.nodes.GoArguments;
import gosub.language.runtime.GoroutineState;
import gosub.language.runtime.Goroutines;
import gosub.language.types.GoType;
import gosub.language.values.Cell;
import gosub.language.values.ElementPointer;
import gosub.language.values.FieldPointer;
import gosub.language.values.FuncValue;
import gosub.language.values.Iface;
import gosub.language.values.StructValue;
import gosub.runtime.Scheduler;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One program's finalizers (runtime.SetFinalizer): which objects have one, and the queue of those whose object the
 * JVM found unreachable. Each context has its own table, so two programs in one JVM never run each other's.
 *
 * <p>Go hands the finalizer the dead object itself; the JVM cannot give back an object it has found unreachable
 * (a cleared reference has no referent). So the table watches the object through a weak reference and keeps, on
 * the side, what the finalizer needs to rebuild it: a struct's two storage arrays, which are the object's state
 * itself (every later write is seen), or, for a heap variable or an array, whose state lives in the object, a
 * copy that is taken when the finalizer is set and again at each runtime.GC while the object is alive. The rebuilt
 * object is a new Java object with the old one's contents; nobody can compare it with the old one, which is gone.
 * Keeping that state reachable also gives Go's ordering for free: an object that a finalizable object points to
 * stays alive until the pointing object's finalizer has run.
 *
 * <p>Finalizers run one after another on a goroutine of the program, as Go's single finalizer goroutine runs
 * them; it is started when there is work and ends when the queue is empty. Objects are found dead in two ways:
 * runtime.GC collects and looks at every registration (so that a program's {@code runtime.GC(); time.Sleep(...)}
 * sees its finalizers run, as in Go), and a watcher thread takes the references the JVM's own collections clear.
 */
public final class Finalizers {
    /** One object's finalizer, and what rebuilds the object for it. */
    private static final class Registration extends WeakReference<Object> {
        final int identity;
        final FuncValue finalizer;
        /** The object's dynamic type; an interface-typed finalizer parameter gets the object boxed with it. */
        final GoType objectType;
        final boolean boxed;
        /** For a pointer to the object's first field or element: the field's slot, or -1 for element 0; else -2. */
        final int interior;
        /**
         * A struct's storage (its type, prims and refs, in a second StructValue: holding the struct's own would
         * keep it alive), or the latest copy of a heap variable or an array.
         */
        final StructValue structStorage;
        long cellPrim;
        Object cellRef;
        Object arrayCopy;

        Registration(Object object, ReferenceQueue<Object> queue, FuncValue finalizer, GoType objectType, boolean boxed, int interior) {
            super(object, queue);
            this.interior = interior;
            this.identity = System.identityHashCode(object);
            this.finalizer = finalizer;
            this.objectType = objectType;
            this.boxed = boxed;
            this.structStorage = object instanceof StructValue s ? s.sameStorage() : null;
            capture(object);
        }

        /** Takes the object's current state (structs need none: their storage arrays are held). */
        void capture(Object object) {
            if (object instanceof Cell c) {
                cellPrim = c.prim;
                cellRef = c.ref;
            } else if (!(object instanceof StructValue)) {
                arrayCopy = copyArray(object);
            }
        }

        /** The finalizer's argument: the object rebuilt from what was kept. */
        Object argument() {
            Object object;
            if (structStorage != null) {
                object = structStorage;
            } else if (arrayCopy != null) {
                object = arrayCopy;
            } else {
                object = new Cell(cellPrim, cellRef);
            }
            if (interior >= 0) {
                object = new FieldPointer((StructValue) object, interior);
            } else if (interior == FIRST_ELEMENT) {
                object = new ElementPointer(object, 0);
            }
            return boxed ? new Iface(objectType, object) : object;
        }
    }

    /** {@link #set}'s interior for a pointer to the whole object. */
    public static final int WHOLE = -2;
    /** {@link #set}'s interior for a pointer to an array's element 0. */
    public static final int FIRST_ELEMENT = -1;

    private final ReferenceQueue<Object> cleared = new ReferenceQueue<>();
    /** The registrations by the identity hash of their object (an identity map that does not keep the keys alive). */
    private final Map<Integer, List<Registration>> table = new HashMap<>();
    private final ArrayDeque<Registration> ready = new ArrayDeque<>();
    /** Whether a finalizer goroutine is running (it takes what is added to {@link #ready}). */
    private boolean draining;
    private volatile Scheduler scheduler;
    private Thread watcher;
    private volatile boolean closed;
    /** How many registrations the table holds. */
    private int size;

    /**
     * Sets object's finalizer (the checks on the arguments are done). The finalizer gets the object, boxed in an
     * interface of objectType when boxed, or, when interior is a field slot or {@link #FIRST_ELEMENT}, a pointer to
     * that field or element of it. Returns false when the object already has one, which Go refuses.
     */
    public synchronized boolean set(Scheduler on, Object object, GoType objectType, FuncValue finalizer, boolean boxed, int interior) {
        scheduler = on;
        List<Registration> same = table.computeIfAbsent(System.identityHashCode(object), k -> new ArrayList<>(1));
        for (Registration r : same) {
            if (r.refersTo(object)) {
                return false;
            }
        }
        same.add(new Registration(object, cleared, finalizer, objectType, boxed, interior));
        size++;
        if (watcher == null) {
            watcher = Thread.ofPlatform().daemon().name("gosub-finalizers").start(this::watch);
        }
        return true;
    }

    /** SetFinalizer(obj, nil): object has no finalizer any more. */
    public synchronized void clear(Object object) {
        List<Registration> same = table.get(System.identityHashCode(object));
        if (same == null) {
            return;
        }
        for (int i = 0; i < same.size(); i++) {
            Registration r = same.get(i);
            if (r.refersTo(object)) {
                remove(r);
                r.clear();
                return;
            }
        }
    }

    public synchronized boolean isEmpty() {
        return size == 0;
    }

    /**
     * runtime.GC with finalizers set: takes the live objects' state once more, has the JVM collect, and queues the
     * finalizers of the objects it found dead.
     */
    public void collect(Scheduler on) {
        synchronized (this) {
            scheduler = on;
            for (List<Registration> same : table.values()) {
                for (Registration r : same) {
                    Object live = r.get();
                    if (live != null) {
                        r.capture(live);
                    }
                }
            }
        }
        System.gc();
        List<Registration> dead = new ArrayList<>();
        synchronized (this) {
            for (List<Registration> same : table.values()) {
                for (Registration r : same) {
                    if (r.refersTo(null)) {
                        dead.add(r);
                    }
                }
            }
            for (Registration r : dead) {
                remove(r);
            }
        }
        run(dead);
    }

    /** Ends the watcher thread: the program is over. */
    public void close() {
        closed = true;
    }

    private void remove(Registration r) {
        List<Registration> same = table.get(r.identity);
        if (same != null && same.remove(r)) {
            size--;
            if (same.isEmpty()) {
                table.remove(r.identity);
            }
        }
    }

    /** The watcher: takes the references the JVM's collections clear and queues their finalizers. */
    private void watch() {
        try {
            while (!closed) {
                Registration r = (Registration) cleared.remove(200);
                if (r == null) {
                    Scheduler s = scheduler;
                    if (s != null && s.isStopping()) {
                        return;
                    }
                    continue;
                }
                boolean mine;
                synchronized (this) {
                    mine = table.containsKey(r.identity) && table.get(r.identity).contains(r);
                    if (mine) {
                        remove(r);
                    }
                }
                if (mine) {
                    run(List.of(r));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Queues finalizers to run, starting the finalizer goroutine if none is running. */
    private void run(List<Registration> rs) {
        if (rs.isEmpty()) {
            return;
        }
        Scheduler s;
        synchronized (ready) {
            ready.addAll(rs);
            if (draining) {
                return;
            }
            draining = true;
            s = scheduler;
        }
        if (s.submit(g -> {
            GoroutineState st = Goroutines.stateFor(g, "runtime.runfinq");
            Goroutines.runTop(g, st, this::drain);
        }) == null) {
            synchronized (ready) {
                draining = false;
            }
        }
    }

    /** The finalizer goroutine's body: runs queued finalizers until there are none. */
    private void drain(GoroutineState g) {
        while (true) {
            Registration r;
            synchronized (ready) {
                r = ready.poll();
                if (r == null) {
                    draining = false;
                    return;
                }
            }
            boolean done = false;
            try {
                r.finalizer.target.call(GoArguments.of(g, r.finalizer.env, r.argument()));
                done = true;
            } finally {
                if (!done) {
                    // the finalizer panicked or called Goexit: this goroutine ends; the next one takes the rest
                    synchronized (ready) {
                        draining = false;
                    }
                }
            }
        }
    }

    private static Object copyArray(Object a) {
        return switch (a) {
            case long[] l -> l.clone();
            case byte[] b -> b.clone();
            case double[] d -> d.clone();
            case boolean[] b -> b.clone();
            case Object[] o -> o.clone();
            default -> throw new IllegalArgumentException("not a Go object: " + a.getClass());
        };
    }
}
