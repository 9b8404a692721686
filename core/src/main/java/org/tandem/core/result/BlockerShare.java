package org.tandem.core.result;

/**
 * What stood in the way of a milestone at the horizon, among the runs that did not reach it.
 *
 * @param share count / runs that did not reach the milestone
 */
public record BlockerShare(String milestone, String blocker, long count, double share) {}
