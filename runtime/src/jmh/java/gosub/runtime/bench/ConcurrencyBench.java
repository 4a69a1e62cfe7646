package gosub.runtime.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The runtime's channel, select, scheduler and sync paths, one benchmark per concurrency program of
 * {@code bench/programs} (see {@link Workloads}), at one and two Ps. Scores are nanoseconds per unit of the
 * program (a round trip, an item, a goroutine, a lock, a hop, ...). Run with {@code bench/jmh.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-XX:+UseParallelGC"})
public class ConcurrencyBench {
    static final int TRIPS = 20_000;
    static final int ITEMS = 100_000;
    static final int FANIN_EACH = 5_000;
    static final int SPAWN = 10_000;
    static final int LOCKS_EACH = 25_000;
    static final int RING_NODES = 1_000;
    static final int RING_HOPS = 20_000;
    static final int PRIMES = 200;
    static final int JOBS = 20_000;
    static final int FORK_JOINS = 2_000;
    static final int SUM_SIZE = 1 << 20;
    static final int SUM_PASSES = 4;

    @Param({"1", "2"})
    public int procs;

    private WarmScheduler warm;
    private long[] data;

    @Setup(Level.Trial)
    public void start() {
        warm = new WarmScheduler(procs);
        data = new long[SUM_SIZE];
        long x = 42;
        for (int i = 0; i < data.length; i++) {
            x = (x * 1103515245 + 12345) & 0x7fffffff;
            data[i] = x & 0xFFFFF;
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws InterruptedException {
        warm.close();
    }

    private long run(Body body) {
        long[] out = new long[1];
        warm.run(g -> out[0] = body.run(g));
        return out[0];
    }

    private interface Body {
        long run(gosub.runtime.Goroutine g);
    }

    /** ns per round trip (two unbuffered hand-offs). */
    @Benchmark
    @OperationsPerInvocation(TRIPS)
    public long chanPingPong() {
        return run(g -> Workloads.pingPong(g, TRIPS));
    }

    /** ns per item through a channel of capacity 128. */
    @Benchmark
    @OperationsPerInvocation(ITEMS)
    public long chanBufferedThroughput() {
        return run(g -> Workloads.buffered(g, ITEMS, 128));
    }

    /** ns per value received by a select over four channels. */
    @Benchmark
    @OperationsPerInvocation(4 * FANIN_EACH)
    public long selectFanIn() {
        return run(g -> Workloads.selectFanIn(g, FANIN_EACH));
    }

    /** ns per goroutine started and finished (half joined by a WaitGroup, half by a channel). */
    @Benchmark
    @OperationsPerInvocation(2 * SPAWN)
    public long goroutineSpawn() {
        return run(g -> Workloads.spawn(g, SPAWN));
    }

    /** ns per Lock/Unlock pair, four goroutines on one sync.Mutex. */
    @Benchmark
    @OperationsPerInvocation(4 * LOCKS_EACH)
    public long mutexContention() {
        return run(g -> Workloads.mutexContention(g, 4, LOCKS_EACH));
    }

    /** ns per hop of a token round a ring of 1000 goroutines (including setting up the ring). */
    @Benchmark
    @OperationsPerInvocation(RING_HOPS)
    public long ringOfGoroutines() {
        return run(g -> Workloads.ring(g, RING_NODES, RING_HOPS));
    }

    /** ns per prime found by a chain of 200 filter goroutines. */
    @Benchmark
    @OperationsPerInvocation(PRIMES)
    public long primeSieveChain() {
        return run(g -> Workloads.primeSieve(g, PRIMES));
    }

    /** ns per job through a pool of 8 workers (buffered job and result channels of 64). */
    @Benchmark
    @OperationsPerInvocation(JOBS)
    public long workerPool() {
        return run(g -> Workloads.workerPool(g, JOBS, 8));
    }

    /** ns per fork-join round: one empty goroutine per P and a WaitGroup Wait. */
    @Benchmark
    @OperationsPerInvocation(FORK_JOINS)
    public long waitGroupForkJoin() {
        return run(g -> Workloads.forkJoin(g, FORK_JOINS));
    }

    /** ns per pass of parallel_sum's skeleton over 1M elements: compare P=1 with P=2 for the scaling. */
    @Benchmark
    @OperationsPerInvocation(SUM_PASSES)
    public long parallelSum() {
        return run(g -> Workloads.parallelSum(g, data, SUM_PASSES));
    }
}
