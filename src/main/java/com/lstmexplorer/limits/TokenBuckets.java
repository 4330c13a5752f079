package com.lstmexplorer.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One token bucket per key: {@code perMinute} tokens at most, refilled at {@code perMinute} a minute. Buckets
 * that have filled up again are forgotten now and then, so memory follows the clients of the last minute.
 */
final class TokenBuckets {
    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int SWEEP_EVERY = 1024;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong takes = new AtomicLong();

    /** Takes a token of {@code key}'s bucket at time {@code now} (nanoseconds): 0 if it did, else the nanoseconds until one is there. */
    long take(String key, int perMinute, long now) {
        if (takes.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(bucket -> bucket.fullAt(now));
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(perMinute, now)).take(now);
    }

    int size() {
        return buckets.size();
    }

    private static final class Bucket {
        private final int capacity;
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.last = now;
        }

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * MINUTE_NANOS / capacity);
        }

        synchronized boolean fullAt(long now) {
            refill(now);
            return tokens >= capacity;
        }

        private void refill(long now) {
            if (now > last) {
                tokens = Math.min(capacity, tokens + (double) (now - last) * capacity / MINUTE_NANOS);
                last = now;
            }
        }
    }
}
