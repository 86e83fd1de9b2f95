package nl.vidcat.stage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs a stage's work on each of its items (records, files, pages, or batches of them) on {@code jobs} threads of
 * its own: the one way the stages work in parallel.
 *
 * <ul>
 * <li>At most {@code jobs} items are worked on at once.</li>
 * <li>Results come back in input order: all at once ({@link #map}), or handed over one by one while later items are
 *     still running ({@link #stream}), with at most {@value #WAITING_PER_JOB} results per job done ahead.</li>
 * <li>With {@link #counting}, each finished item advances the stage's {@link Progress} by one; the caller starts
 *     and finishes the task, which may span more than one run.</li>
 * <li>A failing item: given a {@link Recovery}, its failure becomes its result, so one bad record never stops the
 *     others. Otherwise the failure is the batch's: no further item starts, the running ones finish, and the first
 *     failure is thrown (the later ones suppressed in it).</li>
 * <li>An interrupt of the calling thread starts no further item and interrupts the running ones; Ctrl-C
 *     ({@link Shutdown}) starts no further item and lets the running ones end (the shutdown hooks stop their child
 *     processes). Either way {@link InterruptedException} is thrown once they have.</li>
 * </ul>
 * Nothing the runner started is still running when a method returns or throws.
 *
 * @param <T> the item type
 */
public final class RecordRunner<T> {

    /** Results done ahead of the one the caller waits for, per job, when they are handed over in order. */
    static final int WAITING_PER_JOB = 4;

    /** What to do with one item. */
    @FunctionalInterface
    public interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    /** {@link Work} without a result. */
    @FunctionalInterface
    public interface Task<T> {
        void run(T item) throws Exception;
    }

    /** The result that stands for an item whose work failed; it may fail itself, and that fails the batch. */
    @FunctionalInterface
    public interface Recovery<T, R> {
        R recover(T item, Exception failure) throws Exception;
    }

    /** Takes the result of item {@code index}, in input order, on the calling thread. */
    @FunctionalInterface
    public interface Results<R> {
        void accept(int index, R result) throws IOException, InterruptedException;
    }

    private final List<T> items;
    private final String name;
    private final int jobs;
    private Progress progress = Progress.NONE;
    private Function<? super T, String> label = item -> null;
    private BooleanSupplier stopping = Shutdown::started;

    private RecordRunner(Collection<? extends T> items, String name, int jobs) {
        this.items = new ArrayList<>(items);
        this.name = name;
        this.jobs = Math.max(1, jobs);
    }

    /**
     * @param name names the worker threads ({@code name-1}, {@code name-2}…) as they appear in the log
     * @param jobs the most items worked on at once (at least 1)
     */
    public static <T> RecordRunner<T> over(Collection<? extends T> items, String name, int jobs) {
        return new RecordRunner<>(items, name, jobs);
    }

    /** Advances {@code progress} by one per finished item, naming it by {@code label} (which may give null). */
    public RecordRunner<T> counting(Progress progress, Function<? super T, String> label) {
        this.progress = progress;
        this.label = label;
        return this;
    }

    /** Stops handing out items once {@code stop} says so, instead of at Ctrl-C: for tests. */
    RecordRunner<T> stoppingWhen(BooleanSupplier stop) {
        this.stopping = stop;
        return this;
    }

    /** The results of {@code work} on every item, in input order; the first failure fails the batch. */
    public <R> List<R> map(Work<? super T, ? extends R> work) throws IOException, InterruptedException {
        return map(work, null);
    }

    /** The results of {@code work} on every item, in input order, with {@code onFailure}'s for the failed ones. */
    public <R> List<R> map(Work<? super T, ? extends R> work, Recovery<? super T, ? extends R> onFailure)
            throws IOException, InterruptedException {
        List<R> out = new ArrayList<>(items.size());
        new Batch<R>(work, onFailure, Integer.MAX_VALUE).run((index, result) -> out.add(result));
        return out;
    }

    /** Runs {@code task} on every item; the first failure fails the batch. */
    public void forEach(Task<? super T> task) throws IOException, InterruptedException {
        new Batch<>(item -> {
            task.run(item);
            return null;
        }, null, Integer.MAX_VALUE).run((index, result) -> { });
    }

    /**
     * Hands the results of {@code work} to {@code results} in input order while later items are still running, with
     * a bounded number of results waiting: for results too many to hold at once. The first failure (of the work or
     * of {@code results}) fails the batch; the results before it have been handed over.
     */
    public <R> void stream(Work<? super T, ? extends R> work, Results<? super R> results)
            throws IOException, InterruptedException {
        new Batch<R>(work, null, jobs * WAITING_PER_JOB).run(results);
    }

    /** A failed item's cause. */
    private record Failed(Throwable cause) {
    }

    /** One run over the items: shared between the calling thread and the workers, under {@code lock}. */
    private final class Batch<R> {
        private static final Object NULL = new Object();

        private final Work<? super T, ? extends R> work;
        private final Recovery<? super T, ? extends R> onFailure;
        private final int ahead;
        private final Object lock = new Object();
        private final Object[] done = new Object[items.size()];
        private final List<Throwable> failures = new ArrayList<>();
        private int next;
        private int delivered;
        /** The item the calling thread waits for, or -1: only its result needs to wake it. */
        private int awaited = -1;
        private int running;
        private boolean halted;
        private boolean stopped;

        Batch(Work<? super T, ? extends R> work, Recovery<? super T, ? extends R> onFailure, int ahead) {
            this.work = work;
            this.onFailure = onFailure;
            this.ahead = ahead;
        }

        void run(Results<? super R> results) throws IOException, InterruptedException {
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < Math.min(jobs, items.size()); i++) {
                workers.add(Thread.ofPlatform().daemon().name(name + "-" + (i + 1)).unstarted(this::work));
            }
            running = workers.size();
            workers.forEach(Thread::start);
            try {
                deliver(results);
            } catch (InterruptedException e) {
                halt();
                workers.forEach(Thread::interrupt);
                awaitWorkers();
                throw e;
            } catch (IOException | RuntimeException | Error e) {
                halt();
                awaitWorkers();
                throw e;
            }
            awaitWorkers();
            if (!failures.isEmpty()) {
                throwFirstFailure();
            }
            if (stopped) {
                throw new InterruptedException(name + " stopped: vidcat is shutting down");
            }
            if (delivered < items.size()) {
                throw new IllegalStateException(name + ": the workers ended before the work was done");
            }
        }

        /** Hands over the results in order, up to the first item that failed or never ran. */
        @SuppressWarnings("unchecked")
        private void deliver(Results<? super R> results) throws IOException, InterruptedException {
            for (int d = 0; d < items.size(); d++) {
                Object result;
                synchronized (lock) {
                    awaited = d;
                    while ((result = done[d]) == null && running > 0) {
                        lock.wait();
                    }
                    awaited = -1;
                    if (result == null || result instanceof Failed) {
                        return;
                    }
                    done[d] = null;
                }
                results.accept(d, result == NULL ? null : (R) result);
                synchronized (lock) {
                    delivered = d + 1;
                    lock.notifyAll();
                }
            }
        }

        private void work() {
            try {
                for (int i = take(); i >= 0; i = take()) {
                    Object result = one(items.get(i));
                    synchronized (lock) {
                        done[i] = result;
                        if (result instanceof Failed f) {
                            failures.add(f.cause());
                            halted = true;
                            lock.notifyAll();
                        } else if (i == awaited) {
                            lock.notifyAll();
                        }
                    }
                }
            } catch (InterruptedException e) {
                // only the runner interrupts its workers, and only once it has halted
            } finally {
                synchronized (lock) {
                    running--;
                    lock.notifyAll();
                }
            }
        }

        /** The next item to work on, or -1 when there is none (all handed out, halted, or stopping). */
        private int take() throws InterruptedException {
            synchronized (lock) {
                while (!halted && next < items.size() && next - delivered >= ahead) {
                    lock.wait();
                }
                if (!halted && next < items.size() && stopping.getAsBoolean()) {
                    stopped = true;
                    halted = true;
                    lock.notifyAll();
                }
                return halted || next >= items.size() ? -1 : next++;
            }
        }

        /** The item's result, or its failure as a {@link Failed}: nothing a work throws ends a worker. */
        private Object one(T item) {
            try {
                R result = attempt(item);
                progress.advance(1, label.apply(item));
                return result == null ? NULL : result;
            } catch (Throwable e) {
                return new Failed(e);
            }
        }

        private R attempt(T item) throws Exception {
            try {
                return work.apply(item);
            } catch (Exception e) {
                if (onFailure == null) {
                    throw e;
                }
                return onFailure.recover(item, e);
            }
        }

        private void halt() {
            synchronized (lock) {
                halted = true;
                lock.notifyAll();
            }
        }

        /** Waits, even through interrupts, for the workers to end: they were told to, and end soon. */
        private void awaitWorkers() {
            boolean interrupted = false;
            synchronized (lock) {
                while (running > 0) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }

        /** The first failure as it was thrown, with the later ones suppressed in it. */
        private void throwFirstFailure() throws InterruptedException, IOException {
            Throwable first = failures.get(0);
            failures.stream().skip(1).filter(f -> f != first).forEach(first::addSuppressed);
            switch (first) {
                case IOException io -> throw io;
                case InterruptedException ie -> throw ie;
                case RuntimeException re -> throw re;
                case Error err -> throw err;
                default -> throw new IllegalStateException(name + " failed", first);
            }
        }
    }
}
