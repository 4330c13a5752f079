package com.lstmexplorer.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstOfTheMinutesWorthThenOneMoreEachSixtiethOfAMinute() {
        TokenBuckets buckets = new TokenBuckets();
        for (int i = 0; i < 6; i++) {
            assertThat(buckets.take("a", 6, 0)).isZero();
        }
        assertThat(buckets.take("a", 6, 0)).as("the 7th waits 10 s for a token").isEqualTo(10 * SECOND);
        assertThat(buckets.take("b", 6, 0)).as("another key has its own bucket").isZero();
        assertThat(buckets.take("a", 6, 4 * SECOND)).isEqualTo(6 * SECOND);
        assertThat(buckets.take("a", 6, 10 * SECOND)).isZero();
        assertThat(buckets.take("a", 6, 10 * SECOND)).isPositive();
    }
}
