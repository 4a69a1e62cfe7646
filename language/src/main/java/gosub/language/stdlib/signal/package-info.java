/**
 * Natives of os/signal: what the program does with each signal (notify, ignore, default) and how a notified signal
 * reaches it. The process's signal thread never runs Go code: it queues the signal and fires a runtime timer, whose
 * callback starts a goroutine that sends it to the channels without blocking
 * ({@link gosub.language.stdlib.signal.SignalDelivery}). When the embedder keeps the process's signals (no option
 * {@code go.Signals}) no signal arrives, and the natives only keep os/signal's books.
 */
package gosub.language.stdlib.signal;
