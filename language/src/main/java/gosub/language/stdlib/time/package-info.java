/**
 * Natives of package time: the clocks, Sleep on the scheduler's timer queue, and the runtime timers behind Timer,
 * Ticker, After and AfterFunc. A timer's callback runs on an M outside any goroutine, so it never blocks: it sends
 * the time on a one-element channel without blocking (dropping the tick when the buffer is full, as Go does) or
 * starts a goroutine running the function. Formatting and parsing of times are Go code.
 */
package gosub.language.stdlib.time;
