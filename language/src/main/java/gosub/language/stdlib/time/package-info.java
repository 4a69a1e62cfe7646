/**
 * Natives of package time: the clocks, Sleep on the scheduler's timer queue, and the runtime timers behind Timer,
 * Ticker, After and AfterFunc. A timer's callback runs on an M outside any goroutine, so it never blocks: it sends
 * the time on a one-element channel without blocking (dropping the tick when the buffer is full, as Go does) or
 * starts a goroutine running the function. Layouts are cut into elements here, once per layout and context, times
 * are formatted by them and values read by them (Parse's fields, or what did not fit): in interpreted Go a Format
 * or a Parse cost tens of microseconds, and compiled took Graal seconds. What Parse makes of the fields (checking
 * the date, choosing the location, the error's text) stays Go code. Time zones, read from TZif files as Go reads
 * them, are the sub-package {@code zoneinfo}'s.
 */
package gosub.language.stdlib.time;
