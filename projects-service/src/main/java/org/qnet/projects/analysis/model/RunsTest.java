package org.qnet.projects.analysis.model;

/** The runs a run chart shows against the range chance allows for its useful observations. */
public record RunsTest(int usefulObservations, int runs, int fewestExpected, int mostExpected) {
}
