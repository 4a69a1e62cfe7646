/**
 * What the go command does before it compiles: from {@code go run}'s arguments to the parsed files of the main
 * package and of every package of the main module it imports, or to the go command's own refusal.
 * <p>
 * What it owns: {@link gosub.language.load.GoRun} (which files or folder make the main package),
 * {@link gosub.language.load.Module} (the {@code go.mod} around it), {@link gosub.language.load.ImportGraph} (the
 * module's packages the program imports, in dependency order, with cycle, internal-package and foreign-module
 * checks), {@link gosub.language.load.SourceNames} (how the go command names a file in its messages) and
 * {@link gosub.language.load.LoadError} (a refusal in Go's words, exit status 1).
 * <p>
 * Rules: files are read only through the {@code TruffleFile}s the language hands in, so an embedder's file system
 * and its access rules apply; nothing here type-checks or builds nodes, and standard packages are not resolved here
 * (the checker knows which ones gosub provides). Files keep go's order: a folder's in name order, named files in the
 * order given. Every message is the go command's text, with files named as it names them.
 */
package gosub.language.load;
