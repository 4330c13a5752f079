package com.lstmexplorer.limits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method whose request costs the server real work (it trains or runs a network, or checks a
 * whole snapshot): {@link RateLimitFilter} counts every request to it against {@link #value()}'s allowance. The
 * cost is declared where the endpoint is, so a new costly endpoint is limited by being annotated, and
 * {@code CostlyEndpointsTest} fails on an endpoint that runs a network without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Costly {
    Cost value();
}
