package io.cxonebatch.domain.adherence;

import io.cxonebatch.domain.schedule.TimeSpan;

/**
 * One interval of a campaign's analytics: when, how many calls it attempted and connected, and for how many seconds
 * of the interval it was dialling.
 *
 * @param dialingSeconds taken as wall-clock seconds of the interval during which the campaign dialled, so at most the
 *     interval's length (more is counted as the whole interval)
 */
public record DialledInterval(TimeSpan span, long callsAttempted, long callsConnected, long dialingSeconds) {

    public DialledInterval {
        if (span == null) {
            throw new IllegalArgumentException("an analytics interval needs its span");
        }
        if (callsAttempted < 0 || callsConnected < 0 || dialingSeconds < 0) {
            throw new IllegalArgumentException("an analytics interval counts nothing below zero");
        }
    }
}
