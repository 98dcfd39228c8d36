package io.github.ionosregistry.tokens;

/**
 * One attempt of a call, as the code making it sees it: its number, and what the attempts before it told.
 *
 * @param number 1 for the first attempt
 * @param followsUnknownOutcome whether an earlier attempt of the call failed with an unknown outcome: the service
 * may have done what it asked
 */
record Attempt(int number, boolean followsUnknownOutcome) {

}
