/**
 * The Truffle language {@code go}: the entry points that turn a source into something to run, and the state of one
 * program.
 * <p>
 * What it owns: {@link gosub.language.GoLanguage} (registration, options, parsing a source: parse, check with
 * {@code gosub.language.check}, build nodes with {@code gosub.language.build}); {@link gosub.language.ProgramLoader},
 * which loads the imported packages once each, in Go's initialisation order; {@link gosub.language.GoContext}, the
 * run state of one context (output streams, scheduler, open files, call targets, package-level variables, method
 * tables); the two root nodes that run what was built ({@code ProgramRootNode}: package inits then {@code main} as
 * goroutine 1, returning the exit status; {@code LibraryRootNode}: a non-main package for an embedder); and the
 * panic report an unrecovered panic prints.
 * <p>
 * Rules: everything a run needs hangs off its {@code GoContext}, reached from a node through
 * {@code GoContext.get(node)}; nothing is kept in statics, so contexts in one JVM never see each other. Compile
 * errors leave as {@link gosub.language.GoCompileException} carrying Go's {@code FILE:LINE:COL: message} lines,
 * never as Java exceptions. Parsing runs on a {@code DeepStack} thread with no context entered, so it creates call
 * targets but runs no Go code; Go code only runs on the scheduler's M threads, each entered into the context.
 * Writes to stdout and stderr go out in one write each, flushed before the call returns.
 */
package gosub.language;
