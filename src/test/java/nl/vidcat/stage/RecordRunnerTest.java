package nl.vidcat.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RecordRunnerTest {

    private static List<Integer> upTo(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @Test
    void resultsComeInInputOrderWhateverOrderTheyFinishIn() throws Exception {
        // item i finishes only after item i + 1 has: the last item finishes first
        List<CountDownLatch> finished = upTo(5).stream().map(i -> new CountDownLatch(1)).toList();
        RecordRunner.Work<Integer, String> backwards = i -> {
            if (i < 4) {
                finished.get(i + 1).await();
            }
            finished.get(i).countDown();
            return "r" + i;
        };
        assertEquals(List.of("r0", "r1", "r2", "r3", "r4"), RecordRunner.over(upTo(5), "order", 5).map(backwards));

        finished.forEach(CountDownLatch::countDown);
        List<Integer> handed = new ArrayList<>();
        RecordRunner.over(upTo(5), "order", 5).stream(i -> "s" + i, (index, result) -> {
            assertEquals("s" + index, result);
            handed.add(index);
        });
        assertEquals(upTo(5), handed);
    }

    @Test
    void worksOnAtMostJobsItemsAtOnce() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Semaphore arrived = new Semaphore(0);
        Semaphore gate = new Semaphore(0);
        RecordRunner.Work<Integer, Integer> work = i -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            arrived.release();
            gate.acquire();
            inFlight.decrementAndGet();
            return i;
        };
        AtomicReference<List<Integer>> out = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                out.set(RecordRunner.over(upTo(12), "bounded", 3).map(work));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(arrived.tryAcquire(3, 20, TimeUnit.SECONDS), "three items start together");
        assertFalse(arrived.tryAcquire(), "no fourth while three are running");
        assertEquals(3, inFlight.get());
        gate.release(12);
        caller.join();
        assertEquals(3, most.get());
        assertEquals(upTo(12), out.get());
    }

    @Test
    void streamingHoldsOnlyABoundedNumberOfResultsAhead() throws Exception {
        AtomicInteger started = new AtomicInteger();
        CountDownLatch firstHandedOver = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        List<Integer> handed = Collections.synchronizedList(new ArrayList<>());
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                RecordRunner.over(upTo(100), "ahead", 1).stream(i -> {
                    started.incrementAndGet();
                    return i;
                }, (index, result) -> {
                    if (index == 0) {
                        firstHandedOver.countDown();
                        mayGoOn.await();
                    }
                    handed.add(result);
                });
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        firstHandedOver.await();
        Thread worker = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("ahead-1"))
                .findFirst().orElseThrow();
        while (worker.getState() != Thread.State.WAITING) {
            Thread.onSpinWait(); // the worker waits for room once it is that far ahead
        }
        assertEquals(RecordRunner.WAITING_PER_JOB, started.get());
        mayGoOn.countDown();
        caller.join();
        assertEquals(upTo(100), handed);
    }

    @Test
    void aRecoveryCapturesTheFailureOfOneItemAndTheOthersGoOn() throws Exception {
        List<String> out = RecordRunner.over(upTo(10), "capture", 3).map(i -> {
            if (i == 3) {
                throw new IOException("item 3 is damaged");
            }
            return "ok " + i;
        }, (i, failure) -> "failed " + i + ": " + failure.getMessage());
        assertEquals(10, out.size());
        assertEquals("failed 3: item 3 is damaged", out.get(3));
        assertEquals("ok 9", out.get(9));
    }

    @Test
    void withoutARecoveryTheFirstFailureFailsTheBatchAndNoFurtherItemStarts() {
        List<Integer> ran = Collections.synchronizedList(new ArrayList<>());
        IOException damaged = new IOException("item 3 is damaged");
        IOException thrown = assertThrows(IOException.class, () -> RecordRunner.over(upTo(10), "fail", 1)
                .forEach(i -> {
                    ran.add(i);
                    if (i == 3) {
                        throw damaged;
                    }
                }));
        assertSame(damaged, thrown);
        assertEquals(List.of(0, 1, 2, 3), ran);
    }

    @Test
    void aFailingRecoveryFailsTheBatch() {
        IllegalStateException broken = new IllegalStateException("cannot record the failure");
        assertSame(broken, assertThrows(IllegalStateException.class, () -> RecordRunner.over(upTo(4), "recover", 2)
                .map(i -> {
                    throw new IOException("bad");
                }, (i, failure) -> {
                    throw broken;
                })));
    }

    @Test
    void aFailingConsumerOfResultsFailsTheStreamOnceNoWorkIsRunning() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger ended = new AtomicInteger();
        IOException full = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> RecordRunner.over(upTo(50), "sink", 2)
                .stream(i -> {
                    started.incrementAndGet();
                    ended.incrementAndGet();
                    return i;
                }, (index, result) -> {
                    if (index == 2) {
                        throw full;
                    }
                }));
        assertSame(full, thrown);
        assertEquals(started.get(), ended.get());
        assertTrue(started.get() < 50, "items stop being handed out");
    }

    @Test
    void anInterruptStartsNoFurtherItemAndEndsTheRunningOnesFirst() throws Exception {
        Semaphore started = new Semaphore(0);
        AtomicInteger ended = new AtomicInteger();
        AtomicInteger endedWhenThrown = new AtomicInteger(-1);
        AtomicReference<Exception> thrown = new AtomicReference<>();
        Thread caller = Thread.ofPlatform().start(() -> {
            try {
                RecordRunner.over(upTo(10), "interrupt", 2).forEach(i -> {
                    started.release();
                    try {
                        new CountDownLatch(1).await(); // until interrupted
                    } finally {
                        ended.incrementAndGet();
                    }
                });
            } catch (IOException | InterruptedException e) {
                endedWhenThrown.set(ended.get());
                thrown.set(e);
            }
        });
        started.acquire(2);
        caller.interrupt();
        caller.join();
        assertInstanceOf(InterruptedException.class, thrown.get());
        assertEquals(2, endedWhenThrown.get(), "both running items ended before the runner returned");
        assertEquals(0, started.availablePermits(), "no item started after the interrupt");
    }

    @Test
    void ctrlCStartsNoFurtherItemAndLetsTheRunningOnesFinish() {
        AtomicBoolean stopping = new AtomicBoolean();
        List<Integer> finished = Collections.synchronizedList(new ArrayList<>());
        assertThrows(InterruptedException.class, () -> RecordRunner.over(upTo(10), "stop", 1)
                .stoppingWhen(stopping::get).forEach(i -> {
                    if (i == 2) {
                        stopping.set(true);
                    }
                    finished.add(i);
                }));
        assertEquals(List.of(0, 1, 2), finished);
    }

    @Test
    void countsEachFinishedItemOnTheProgress() throws Exception {
        List<String> items = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger units = new AtomicInteger();
        Progress progress = new Progress() {
            @Override
            public void start(String task, long total) {
            }

            @Override
            public void advance(long n, String item) {
                units.addAndGet((int) n);
                items.add(item);
            }

            @Override
            public void finish() {
            }
        };
        RecordRunner.over(upTo(20), "count", 3).counting(progress, i -> "item " + i).forEach(i -> { });
        assertEquals(20, units.get());
        assertEquals(20, items.size());
        assertEquals(Set.copyOf(upTo(20).stream().map(i -> "item " + i).toList()), Set.copyOf(items));
    }

    @Test
    void nothingToDoIsNoWork() throws Exception {
        assertEquals(List.of(), RecordRunner.over(List.<Integer>of(), "none", 4).map(i -> i));
        List<Integer> nulls = RecordRunner.over(upTo(3), "nulls", 2).map(i -> null);
        assertEquals(3, nulls.size());
        assertTrue(nulls.stream().allMatch(java.util.Objects::isNull));
    }
}
