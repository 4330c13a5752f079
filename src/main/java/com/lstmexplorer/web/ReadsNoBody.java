package com.lstmexplorer.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a POST handler that takes the servlet request (for its owner key, say) yet reads no body, so that
 * {@link BodylessPosts} refuses a body sent to it as it does for every other body-less POST.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReadsNoBody {
}
