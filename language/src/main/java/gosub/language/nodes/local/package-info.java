/**
 * Variables. A local that nothing captures and whose address is never taken lives in a frame slot typed by its
 * representation ({@link gosub.language.nodes.local.LocalNodes}); one a closure captures or whose address is taken,
 * and every package-level variable, lives in a heap {@link gosub.language.values.Cell} reached through an expression
 * that yields the cell ({@link gosub.language.nodes.local.CellNodes}). The builder decides which, from the checker's
 * facts, when it lays out the function's frame.
 * <p>
 * Rules: a slot or cell is read and written with the accessor of the variable's representation ({@code long},
 * {@code double}, {@code boolean} or object; in a cell, numbers and booleans share the {@code prim} word, doubles as
 * raw bits), so a slot never changes kind. That is why every slot is a static one ({@code FrameSlotKind.Static}, the
 * {@code get/set...Static} accessors): the frame keeps no tag per slot and checks none, and nothing but Truffle's
 * frame assertions (on in the tests) would notice a slot read as another kind than it was written, or read before its
 * first write. A debugger reads slots by the variable's representation too ({@code LocalNodes.readBoxed}).
 * Parameters are copied from the call's arguments into their slots (or fresh cells) at function entry, and a
 * closure's captured cells into slots. Go 1.22 loop variables get a fresh cell
 * per iteration ({@code RenewCell}), so closures made in different iterations do not share one.
 */
package gosub.language.nodes.local;
