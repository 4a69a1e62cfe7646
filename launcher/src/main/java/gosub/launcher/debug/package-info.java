/**
 * {@code gosub debug}: a terminal debugger in Delve's manner on Truffle's Debugger API, in the launcher's process.
 * Commands come from stdin one line at a time, so a session can be scripted; a command that cannot be done prints
 * one line and the session goes on. Steps follow the goroutine, not the thread (the scheduler may move a goroutine
 * to another M between two statements), and expressions are evaluated on the debugger's view of the scopes without
 * running any program code. Goroutine lists come from the language ({@code gosub.language.debug}).
 */
package gosub.launcher.debug;
