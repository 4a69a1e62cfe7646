package gosub.runtime.bench;

import java.util.concurrent.atomic.AtomicBoolean;

import gosub.runtime.Channel;
import gosub.runtime.Goroutine;
import gosub.runtime.Scheduler;
import gosub.runtime.Select;
import gosub.runtime.sync.WaitGroup;
import gosub.runtime.sync.WordMutex;

/**
 * The concurrency programs of {@code bench/programs} written against the runtime's API, same shape, smaller
 * sizes: each method is one run, started on a goroutine {@code g}, and returns a checksum so that the work
 * cannot be dropped. Values travel as one preallocated box, so what allocates is the runtime, not the workload
 * (the interpreter's boxing is the language's cost, measured by the whole programs).
 */
final class Workloads {
    private Workloads() {
    }

    private static final Long TOKEN = 1234567L;

    /** chan_pingpong: an echo goroutine, two unbuffered channels, {@code trips} round trips. */
    static long pingPong(Goroutine g, int trips) {
        Scheduler s = g.scheduler();
        Channel ping = new Channel(0, 0L);
        Channel pong = new Channel(0, 0L);
        s.go(g, e -> {
            while (true) {
                Object v = ping.receiveOrClosed(e);
                if (v == Channel.CLOSED) {
                    break;
                }
                pong.send(e, v);
            }
            pong.close(e);
        });
        Object x = TOKEN;
        long sum = 0;
        for (int i = 0; i < trips; i++) {
            ping.send(g, x);
            x = pong.receive(g);
            sum += ((Long) x);
        }
        ping.close(g);
        if (pong.receiveOrClosed(g) != Channel.CLOSED) {
            throw new AssertionError("pong still open");
        }
        return sum;
    }

    /** chan_buffered_throughput: one producer, one consumer ranging over a channel of capacity {@code cap}. */
    static long buffered(Goroutine g, int items, int cap) {
        Scheduler s = g.scheduler();
        Channel ch = new Channel(cap, 0L);
        Channel done = new Channel(0, 0L);
        s.go(g, c -> {
            long count = 0;
            while (ch.receiveOrClosed(c) != Channel.CLOSED) {
                count++;
            }
            done.send(c, count);
        });
        for (int i = 0; i < items; i++) {
            ch.send(g, TOKEN);
        }
        ch.close(g);
        long count = (Long) done.receive(g);
        if (count != items) {
            throw new AssertionError("lost items: " + count);
        }
        return count;
    }

    /**
     * select_fanin: four producers (two unbuffered channels, two of capacity 16), one consumer selecting over
     * all four with a fresh Select per statement as the interpreter makes it; a closed channel becomes nil.
     */
    static long selectFanIn(Goroutine g, int each) {
        Scheduler s = g.scheduler();
        Channel[] in = {new Channel(0, 0L), new Channel(0, 0L), new Channel(16, 0L), new Channel(16, 0L)};
        for (Channel c : in) {
            s.go(g, p -> {
                for (int i = 0; i < each; i++) {
                    c.send(p, TOKEN);
                }
                c.close(p);
            });
        }
        int open = 4;
        long received = 0;
        while (open > 0) {
            Select sel = Select.reusable(g, 4); // as the interpreter does
            for (Channel c : in) {
                sel.receive(c);
            }
            int i = sel.select(g);
            if (!sel.ok()) {
                in[i] = null;
                open--;
                continue;
            }
            received++;
        }
        if (received != 4L * each) {
            throw new AssertionError("received " + received);
        }
        return received;
    }

    /** goroutine_spawn: {@code n} goroutines joined by a WaitGroup, then {@code n} that each send one value. */
    static long spawn(Goroutine g, int n) {
        Scheduler s = g.scheduler();
        long[] slots = new long[n];
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < n; i++) {
            int id = i;
            wg.add(g, 1);
            s.go(g, w -> {
                slots[id] = id % 13 + 1;
                wg.done(w);
            });
        }
        wg.await(g);
        long sum = 0;
        for (long v : slots) {
            sum += v;
        }
        Channel results = new Channel(64, 0L);
        for (int i = 0; i < n; i++) {
            s.go(g, w -> results.send(w, TOKEN));
        }
        for (int i = 0; i < n; i++) {
            sum += (Long) results.receive(g);
        }
        return sum;
    }

    /** mutex_contention: {@code goroutines} goroutines each take one sync.Mutex {@code each} times. */
    static long mutexContention(Goroutine g, int goroutines, int each) {
        Scheduler s = g.scheduler();
        long[] mu = new long[2];
        long[] shared = new long[17];
        WaitGroup wg = new WaitGroup();
        for (int k = 0; k < goroutines; k++) {
            int id = k + 1;
            wg.add(g, 1);
            s.go(g, w -> {
                for (int i = 0; i < each; i++) {
                    WordMutex.lock(w, mu);
                    long c = ++shared[16];
                    shared[(int) (c & 15)] += id;
                    WordMutex.unlock(w, mu);
                }
                wg.done(w);
            });
        }
        wg.await(g);
        if (shared[16] != (long) goroutines * each) {
            throw new AssertionError("counter " + shared[16]);
        }
        return shared[16];
    }

    /**
     * ring_of_goroutines: {@code nodes} goroutines in a ring of unbuffered channels count a token down for
     * {@code hops} hops; the node that sees zero reports on {@code done}; a stop token goes round once.
     */
    static long ring(Goroutine g, int nodes, int hops) {
        Scheduler s = g.scheduler();
        Channel[] ring = new Channel[nodes];
        for (int i = 0; i < nodes; i++) {
            ring[i] = new Channel(0, 0L);
        }
        Channel done = new Channel(0, 0L);
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < nodes; i++) {
            Channel in = ring[i];
            Channel out = ring[(i + 1) % nodes];
            long id = i;
            wg.add(g, 1);
            s.go(g, w -> {
                while (true) {
                    long t = (Long) in.receive(w);
                    if (t < 0) {
                        out.send(w, t);
                        break;
                    }
                    if (t == 0) {
                        done.send(w, id);
                        continue;
                    }
                    out.send(w, t - 1);
                }
                wg.done(w);
            });
        }
        ring[0].send(g, (long) hops);
        long winner = (Long) done.receive(g);
        ring[0].send(g, -1L);
        ring[0].receive(g);
        wg.await(g);
        return winner;
    }

    /**
     * prime_sieve_chain: a generator and one filter goroutine per prime found, joined by unbuffered channels.
     * Unlike the Go program, which leaves the chain blocked when main returns, the chain is then shut down
     * (the generator closes its channel and each filter passes the close on), because the scheduler outlives
     * the run.
     */
    static long primeSieve(Goroutine g, int primes) {
        Scheduler s = g.scheduler();
        Channel first = new Channel(0, 0L);
        AtomicBoolean stop = new AtomicBoolean();
        s.go(g, w -> {
            for (long n = 2; !stop.get(); n++) {
                first.send(w, n);
            }
            first.close(w);
        });
        Channel head = first;
        long sum = 0;
        for (int i = 0; i < primes; i++) {
            long p = (Long) head.receive(g);
            sum += p;
            Channel in = head;
            Channel out = new Channel(0, 0L);
            s.go(g, w -> {
                while (true) {
                    Object v = in.receiveOrClosed(w);
                    if (v == Channel.CLOSED) {
                        out.close(w);
                        return;
                    }
                    if ((Long) v % p != 0) {
                        out.send(w, v);
                    }
                }
            });
            head = out;
        }
        stop.set(true);
        while (head.receiveOrClosed(g) != Channel.CLOSED) {
            // drain what was in flight when the generator stopped
        }
        return sum;
    }

    /** worker_pool: {@code workers} goroutines take jobs from one channel and send Collatz lengths back. */
    static long workerPool(Goroutine g, int jobs, int workers) {
        Scheduler s = g.scheduler();
        Channel jobq = new Channel(64, 0L);
        Channel results = new Channel(64, 0L);
        WaitGroup wg = new WaitGroup();
        for (int k = 0; k < workers; k++) {
            wg.add(g, 1);
            s.go(g, w -> {
                while (true) {
                    Object j = jobq.receiveOrClosed(w);
                    if (j == Channel.CLOSED) {
                        break;
                    }
                    results.send(w, collatzSteps((Long) j));
                }
                wg.done(w);
            });
        }
        s.go(g, w -> {
            for (long j = 1; j <= jobs; j++) {
                jobq.send(w, j);
            }
            jobq.close(w);
        });
        s.go(g, w -> {
            wg.await(w);
            results.close(w);
        });
        long total = 0;
        while (true) {
            Object r = results.receiveOrClosed(g);
            if (r == Channel.CLOSED) {
                return total;
            }
            total += (Long) r;
        }
    }

    private static Long collatzSteps(long n) {
        long steps = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    /**
     * parallel_sum's skeleton: {@code passes} rounds of one goroutine per P over a slice of {@code data},
     * joined by a WaitGroup. With work this coarse the time at two Ps over one P is the scaling.
     */
    static long parallelSum(Goroutine g, long[] data, int passes) {
        Scheduler s = g.scheduler();
        int parts = s.gomaxprocs(0);
        long[] partial = new long[parts];
        long total = 0;
        for (int pass = 0; pass < passes; pass++) {
            WaitGroup wg = new WaitGroup();
            int chunk = (data.length + parts - 1) / parts;
            for (int p = 0; p < parts; p++) {
                int lo = p * chunk;
                int hi = Math.min(data.length, lo + chunk);
                int slot = p;
                long salt = pass;
                wg.add(g, 1);
                s.go(g, w -> {
                    long sum = 0;
                    for (int i = lo; i < hi; i++) {
                        long v = data[i];
                        sum += (v * v + salt) % 65521;
                    }
                    partial[slot] = sum;
                    wg.done(w);
                });
            }
            wg.await(g);
            for (long v : partial) {
                total += v;
            }
        }
        return total;
    }

    /** A WaitGroup fork-join: one goroutine per P doing nothing, then Wait; the cost of a round. */
    static long forkJoin(Goroutine g, int rounds) {
        Scheduler s = g.scheduler();
        int parts = s.gomaxprocs(0);
        long[] hits = new long[1];
        for (int r = 0; r < rounds; r++) {
            WaitGroup wg = new WaitGroup();
            wg.add(g, parts);
            for (int p = 0; p < parts; p++) {
                s.go(g, w -> wg.done(w));
            }
            wg.await(g);
            hits[0]++;
        }
        return hits[0];
    }
}
