package org.qnet.platform.web;

import org.qnet.platform.problem.Problems;

/**
 * The page a list request asks for. The size is capped rather than refused, as clients ask for
 * "everything" in good faith; a negative page is a mistake and is refused.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Paging of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        if (p < 0) {
            throw Problems.invalidField("page", "must be 0 or more");
        }
        int s = size == null ? DEFAULT_SIZE : size;
        if (s < 1) {
            throw Problems.invalidField("size", "must be 1 or more");
        }
        return new Paging(p, Math.min(s, MAX_SIZE));
    }

    public long offset() {
        return (long) page * size;
    }
}
