package gosub.ast;

/** Every syntax tree node knows where it starts in the source. */
public interface Node {
    Pos pos();
}
