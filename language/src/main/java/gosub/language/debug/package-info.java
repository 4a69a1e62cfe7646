/**
 * What a debugger sees of a running Go function: the variables each function declares, recorded when its nodes are
 * built ({@link gosub.language.debug.FunctionVariables}), and the scope objects made from them, on demand, for a
 * suspended statement ({@link gosub.language.debug.GoScope}). Nothing here runs unless a tool asks.
 */
package gosub.language.debug;
