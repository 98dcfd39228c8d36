package io.github.ionosregistry.tokens.internal.call;

import io.github.ionosregistry.tokens.internal.http.Deadline;

/**
 * One attempt of a call, as the code making it sees it: its number, what the attempts before it told, and when it
 * must have ended.
 *
 * @param number 1 for the first attempt
 * @param followsUnknownOutcome whether an earlier attempt of the call failed with an unknown outcome: the service
 * may have done what it asked
 * @param deadline the sooner of the attempt's time-out and the end of the call
 */
public record Attempt(int number, boolean followsUnknownOutcome, Deadline deadline) {

}
