/**
 * Natives of package sync: the body-less methods of Mutex, RWMutex, WaitGroup, Cond and Once run the runtime
 * module's word algorithms ({@code WordMutex}, ...) on the receiver struct's own fields, so a sync value is a plain
 * Go struct that copies and zero-initialises as in Go. A Cond's notify list is created on first use by
 * compare-and-set, so goroutines racing on it agree on one. Misuse Go reports with fatal() (unlock of an unlocked
 * mutex) is a fatal error; misuse Go reports with a panic is a Go panic with Go's message.
 */
package gosub.language.stdlib.sync;
