package org.qnet.bench;

import java.util.Map;

/** Everything one run measured, as written to bench/results/&lt;date&gt;.json. */
record Results(String date, Machine machine, Settings settings, ReadThroughput.Outcome reads,
               EventPathLatency.Outcome eventPath, ConsumerThroughput.Outcome consumer, Contention.Outcome contention,
               Map<String, Footprint.Application> footprint) {

    static final double READ_RATIO_TARGET = 0.5;
    static final double READ_P99_TARGET_MILLIS = 25;
    static final int EVENT_PATH_TARGET_RATE = 200;
    static final double EVENT_PATH_P50_TARGET_MILLIS = 50;
    static final double EVENT_PATH_P99_TARGET_MILLIS = 250;
    static final double START_UP_TARGET_SECONDS = 10;
    static final long MEMORY_TARGET_MEGABYTES = 350;
}
