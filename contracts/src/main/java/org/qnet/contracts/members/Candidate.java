package org.qnet.contracts.members;

/** The person a nomination puts forward, as far as a consumer needs to reach them before they are a member. */
public record Candidate(String name, String email) {
}
