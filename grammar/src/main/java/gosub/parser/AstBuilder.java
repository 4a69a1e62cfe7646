package gosub.parser;

import gosub.ast.AssignOp;
import gosub.ast.BranchKind;
import gosub.ast.Decl;
import gosub.ast.Expr;
import gosub.ast.Operator;
import gosub.ast.Pos;
import gosub.ast.SourceFile;
import gosub.ast.Stmt;
import gosub.grammar.GoParser;
import gosub.grammar.GoParser.*;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Turns GoParser's parse tree into the {@link gosub.ast} tree, so nothing past the parser sees ANTLR types.
 *
 * <p>The grammar accepts a little more than Go (see the comment at the top of GoParser.g4); the checks Go's own
 * parser makes on what it has read are made here with Go's wording. Those Go calls syntax errors are thrown as
 * {@link SyntaxFailure}s; the others go to the file's {@link ParseErrors} and the tree is repaired as Go's parser
 * repairs it ({@code defer f} becomes {@code defer f()}), for Go's compiler type-checks such a file all the same.
 *
 * <p>The header variants of expressions ({@code expressionNB} and friends) have the same shape as the ordinary
 * ones, so the expression methods take a {@link ParserRuleContext} and read its children rather than the generated
 * accessors; that keeps a single copy of the expression code for both.
 */
final class AstBuilder {

    private final String fileName;
    private final TokenStream tokens;
    private final LineDirectives directives;
    /** Where the top-level function bodies are when the parser skipped them, else null. */
    private final DeferredBodies deferred;
    private final ParseErrors errors;
    /** Every function body built, declared or literal, for {@link SourceFile#bodiesWithParseErrors()}. */
    private final List<Stmt.Block> functionBodies = new ArrayList<>();

    AstBuilder(String fileName, TokenStream tokens, LineDirectives directives, DeferredBodies deferred) {
        this.fileName = fileName;
        this.tokens = tokens;
        this.directives = directives;
        this.deferred = deferred;
        this.errors = directives.errors();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Positions, source text and errors

    private Pos pos(Token t) {
        int line = t.getLine();
        int col = t.getCharPositionInLine() + 1;
        return new Pos(line, col, fileName, directives.at(line, col));
    }

    private Pos pos(TerminalNode n) {
        return pos(n.getSymbol());
    }

    private Pos pos(ParserRuleContext c) {
        return pos(c.getStart());
    }

    /** The source text of a subtree, spacing included, for messages that quote code. */
    private static String text(ParserRuleContext c) {
        return text(c.getStart(), c.getStop());
    }

    private static String text(Token from, Token to) {
        return from.getInputStream().getText(Interval.of(from.getStartIndex(), to.getStopIndex()));
    }

    private static SyntaxFailure error(Pos pos, String message) {
        return new SyntaxFailure(pos, message);
    }

    private SyntaxFailure unexpected(Token t, String rest) {
        return new SyntaxFailure(pos(t), "unexpected " + TokenWords.found(t) + rest);
    }

    private static boolean is(ParseTree n, int tokenType) {
        return n instanceof TerminalNode t && t.getSymbol().getType() == tokenType;
    }

    // ------------------------------------------------------------------------------------------------------------
    // File and declarations

    SourceFile sourceFile(SourceFileContext c) {
        List<SourceFile.ImportSpec> imports = new ArrayList<>();
        for (ImportDeclContext d : c.importDecl()) {
            for (ImportSpecContext s : d.importSpec()) {
                String alias = s.DOT() != null ? "." : s.IDENT() != null ? s.IDENT().getText() : null;
                String path = LiteralSyntax.importPath(s.string_().getText());
                imports.add(new SourceFile.ImportSpec(pos(s), alias, path, pos(s.string_())));
            }
        }
        List<Decl> decls = new ArrayList<>();
        for (TopLevelDeclContext d : c.topLevelDecl()) {
            decls.add(d.declaration() != null ? declaration(d.declaration()) : functionDecl(d.functionDecl()));
        }
        PackageClauseContext pkg = c.packageClause();
        Set<Pos> flawed = new HashSet<>();
        for (Stmt.Block body : functionBodies) {
            if (errors.within(body.pos(), body.rbrace())) {
                flawed.add(body.pos());
            }
        }
        return new SourceFile(pos(pkg), fileName, pkg.IDENT().getText(), List.copyOf(imports), List.copyOf(decls),
                        errors.placed(), Set.copyOf(flawed));
    }

    private Decl declaration(DeclarationContext c) {
        if (c.constDecl() != null) {
            return constDecl(c.constDecl());
        }
        if (c.varDecl() != null) {
            return varDecl(c.varDecl());
        }
        return typeDecl(c.typeDecl());
    }

    private Decl.Const constDecl(ConstDeclContext c) {
        List<Decl.ConstSpec> specs = new ArrayList<>();
        Expr lastType = null;
        List<Expr> lastValues = List.of();
        int iota = 0;
        for (ConstSpecContext s : c.constSpec()) {
            Expr type = s.type_() != null ? type(s.type_()) : null;
            List<Expr> values = s.expressionList() != null ? exprList(s.expressionList()) : List.of();
            boolean implicit = iota > 0 && type == null && values.isEmpty();
            if (implicit) {
                type = lastType;
                values = lastValues;
            } else {
                lastType = type;
                lastValues = values;
            }
            specs.add(new Decl.ConstSpec(pos(s), idents(s.identifierList()), type, values, iota, implicit));
            iota++;
        }
        return new Decl.Const(pos(c.CONST()), List.copyOf(specs));
    }

    private Decl.Var varDecl(VarDeclContext c) {
        List<Decl.VarSpec> specs = new ArrayList<>();
        for (VarSpecContext s : c.varSpec()) {
            Expr type = s.type_() != null ? type(s.type_()) : null;
            List<Expr> values = s.expressionList() != null ? exprList(s.expressionList()) : List.of();
            specs.add(new Decl.VarSpec(pos(s), idents(s.identifierList()), type, values));
        }
        return new Decl.Var(pos(c.VAR()), List.copyOf(specs));
    }

    private Decl.Type typeDecl(TypeDeclContext c) {
        List<Decl.TypeSpec> specs = new ArrayList<>();
        for (TypeSpecContext s : c.typeSpec()) {
            List<Expr.TypeParam> params = s.typeParameters() != null ? typeParameters(s.typeParameters()) : List.of();
            specs.add(new Decl.TypeSpec(pos(s), s.IDENT().getText(), params, s.ASSIGN() != null, type(s.type_())));
        }
        return new Decl.Type(pos(c.TYPE()), List.copyOf(specs));
    }

    private Decl.Func functionDecl(FunctionDeclContext c) {
        Decl.Receiver recv = c.receiver() != null ? receiver(c.receiver().parameters(), pos(c.IDENT())) : null;
        if (recv != null && c.typeParameters() != null) {
            throw error(pos(c.typeParameters()), "method must have no type parameters");
        }
        List<Expr.TypeParam> typeParams = c.typeParameters() != null ? typeParameters(c.typeParameters()) : List.of();
        Expr.FuncType type = signature(c.signature(), pos(c.FUNC()), typeParams);
        Stmt.Block body = c.block() != null ? functionBody(c.block()) : null;
        return new Decl.Func(pos(c.FUNC()), recv, c.IDENT().getText(), pos(c.IDENT()), type, body);
    }

    /** The receiver of a method named at NAME, or null when there is none: Go then reads on as for a function. */
    private Decl.Receiver receiver(ParametersContext c, Pos name) {
        List<Expr.Field> fields = parameters(c);
        if (fields.isEmpty()) {
            errors.add(name, "method has no receiver");
            return null;
        }
        if (fields.size() > 1) {
            // Go keeps the first
            errors.add(name, "method has multiple receivers");
        }
        Expr.Field f = fields.getFirst();
        Expr t = unparen(f.type());
        boolean pointer = false;
        if (t instanceof Expr.Star star) {
            pointer = true;
            t = unparen(star.x());
        }
        List<String> typeParams = new ArrayList<>();
        if (t instanceof Expr.Index index) {
            for (Expr e : index.indices()) {
                if (!(e instanceof Expr.Ident id)) {
                    throw error(e.pos(), "receiver type parameter " + describe(e) + " must be an identifier");
                }
                typeParams.add(id.name());
            }
            t = index.x();
        }
        if (!(t instanceof Expr.Ident base)) {
            throw error(f.type().pos(), "invalid receiver type " + describe(f.type()));
        }
        return new Decl.Receiver(pos(c), f.name(), pointer, base.name(), List.copyOf(typeParams));
    }

    private static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    /** A short rendering of an expression for messages. */
    private static String describe(Expr e) {
        return switch (e) {
            case Expr.Ident id -> id.name();
            case Expr.Selector s -> describe(s.x()) + "." + s.sel();
            case Expr.Star s -> "*" + describe(s.x());
            case Expr.Paren p -> "(" + describe(p.x()) + ")";
            case Expr.Index i -> describe(i.x()) + "[...]";
            default -> "expression";
        };
    }

    private List<Expr.TypeParam> typeParameters(TypeParametersContext c) {
        List<Expr.TypeParam> params = new ArrayList<>();
        for (TypeParamDeclContext d : c.typeParamDecl()) {
            Expr constraint = typeElem(d.typeElem());
            for (TerminalNode name : d.identifierList().IDENT()) {
                params.add(new Expr.TypeParam(pos(name), name.getText(), constraint));
            }
        }
        return List.copyOf(params);
    }

    private Expr typeElem(TypeElemContext c) {
        List<Expr> terms = new ArrayList<>();
        for (TypeTermContext t : c.typeTerm()) {
            Expr type = type(t.type_());
            terms.add(t.TILDE() != null ? new Expr.Tilde(pos(t.TILDE()), type) : type);
        }
        return terms.size() == 1 ? terms.getFirst() : new Expr.Union(terms.getFirst().pos(), List.copyOf(terms));
    }

    private List<Expr.Ident> idents(IdentifierListContext c) {
        List<Expr.Ident> names = new ArrayList<>();
        for (TerminalNode n : c.IDENT()) {
            names.add(new Expr.Ident(pos(n), n.getText()));
        }
        return List.copyOf(names);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Types

    /** type_ or typeX. */
    private Expr type(ParserRuleContext c) {
        ParseTree first = c.getChild(0);
        if (first instanceof TerminalNode lparen) {
            return new Expr.Paren(pos(lparen), type((ParserRuleContext) c.getChild(1)));
        }
        ParserRuleContext inner = (ParserRuleContext) first;
        int rule = inner.getRuleIndex();
        if (rule == GoParser.RULE_typeName || rule == GoParser.RULE_typeNameX) {
            return instantiate(typeName(inner), c.getChildCount() > 1 ? (TypeArgsContext) c.getChild(1) : null);
        }
        return typeLit((ParserRuleContext) inner.getChild(0));
    }

    /** typeName or typeNameX: {@code T} or {@code pkg.T}. */
    private Expr typeName(ParserRuleContext c) {
        Token name = ((TerminalNode) c.getChild(0)).getSymbol();
        Expr.Ident first = new Expr.Ident(pos(name), name.getText());
        if (c.getChildCount() == 1) {
            return first;
        }
        Token sel = ((TerminalNode) c.getChild(2)).getSymbol();
        return new Expr.Selector(first.pos(), first, sel.getText(), pos(sel));
    }

    private Expr instantiate(Expr generic, TypeArgsContext args) {
        if (args == null) {
            return generic;
        }
        List<Expr> types = new ArrayList<>();
        for (Type_Context t : args.type_()) {
            types.add(type(t));
        }
        return new Expr.Index(generic.pos(), generic, List.copyOf(types), pos(args.LBRACK()));
    }

    /** A type literal, from the ordinary type rules or their *X copies, which have the same shapes. */
    private Expr typeLit(ParserRuleContext c) {
        Pos at = pos(c);
        return switch (c.getRuleIndex()) {
            case GoParser.RULE_arrayType, GoParser.RULE_arrayTypeX ->
                    new Expr.ArrayType(at, expr((ParserRuleContext) c.getChild(1)), type((ParserRuleContext) c.getChild(3)));
            case GoParser.RULE_sliceType, GoParser.RULE_sliceTypeX ->
                    new Expr.ArrayType(at, null, type((ParserRuleContext) c.getChild(2)));
            case GoParser.RULE_pointerType, GoParser.RULE_pointerTypeX ->
                    new Expr.Star(at, type((ParserRuleContext) c.getChild(1)));
            case GoParser.RULE_functionType, GoParser.RULE_functionTypeX ->
                    signature((ParserRuleContext) c.getChild(1), at, List.of());
            case GoParser.RULE_mapType, GoParser.RULE_mapTypeX ->
                    new Expr.MapType(at, type((ParserRuleContext) c.getChild(2)), type((ParserRuleContext) c.getChild(4)));
            case GoParser.RULE_chanType, GoParser.RULE_chanTypeX -> chanType(c);
            case GoParser.RULE_structType -> structType((StructTypeContext) c);
            case GoParser.RULE_interfaceType -> interfaceType((InterfaceTypeContext) c);
            default -> throw new IllegalStateException("unknown type " + GoParser.ruleNames[c.getRuleIndex()]);
        };
    }

    /** {@code chan T}, {@code chan<- T} or {@code <-chan T}. */
    private Expr.ChanType chanType(ParserRuleContext c) {
        Expr elem = type((ParserRuleContext) c.getChild(c.getChildCount() - 1));
        Pos at = pos(c);
        if (c.getStart().getType() == GoParser.ARROW) {
            return new Expr.ChanType(at, Expr.ChanDir.RECV, elem);
        }
        return new Expr.ChanType(at, c.getChildCount() == 3 ? Expr.ChanDir.SEND : Expr.ChanDir.BOTH, elem);
    }

    private Expr.StructType structType(StructTypeContext c) {
        List<Expr.StructField> fields = new ArrayList<>();
        for (FieldDeclContext f : c.fieldDecl()) {
            String tag = f.string_() != null ? f.string_().getText() : null;
            if (f.identifierList() != null) {
                Expr type = type(f.type_());
                for (TerminalNode name : f.identifierList().IDENT()) {
                    fields.add(new Expr.StructField(pos(name), name.getText(), type, false, tag));
                }
            } else {
                EmbeddedFieldContext e = f.embeddedField();
                Expr type = instantiate(typeName(e.typeName()), e.typeArgs());
                if (e.STAR() != null) {
                    type = new Expr.Star(pos(e.STAR()), type);
                }
                fields.add(new Expr.StructField(pos(e), null, type, true, tag));
            }
        }
        return new Expr.StructType(pos(c.STRUCT()), List.copyOf(fields));
    }

    private Expr.InterfaceType interfaceType(InterfaceTypeContext c) {
        List<Expr.InterfaceMethod> methods = new ArrayList<>();
        List<Expr> embeds = new ArrayList<>();
        for (InterfaceElemContext e : c.interfaceElem()) {
            if (e.signature() != null) {
                if (e.typeParameters() != null) {
                    // Go reads on with the method's signature alone
                    errors.add(pos(e.typeParameters()), "interface method must have no type parameters");
                }
                Pos namePos = pos(e.IDENT());
                methods.add(new Expr.InterfaceMethod(namePos, e.IDENT().getText(), signature(e.signature(), namePos, List.of())));
            } else {
                embeds.add(typeElem(e.typeElem()));
            }
        }
        return new Expr.InterfaceType(pos(c.INTERFACE()), List.copyOf(methods), List.copyOf(embeds));
    }

    /** signature or signatureX: parameters and an optional result list or single result type. */
    private Expr.FuncType signature(ParserRuleContext c, Pos pos, List<Expr.TypeParam> typeParams) {
        List<Expr.Field> params = parameters((ParametersContext) c.getChild(0));
        List<Expr.Field> results = List.of();
        if (c.getChildCount() > 1) {
            ParseTree result = ((ParserRuleContext) c.getChild(1)).getChild(0);
            if (result instanceof ParametersContext list) {
                results = parameters(list);
            } else {
                Expr t = type((ParserRuleContext) result);
                results = List.of(new Expr.Field(t.pos(), null, t));
            }
        }
        return new Expr.FuncType(pos, typeParams, params, results);
    }

    /**
     * One Field per parameter name. The grammar reads a lone name as a type; as in Go's parser, when any entry of
     * the list has both a name and a type, lone names are names that take the type of the next named entry.
     */
    private List<Expr.Field> parameters(ParametersContext c) {
        List<ParameterDeclContext> decls = c.parameterDecl();
        Expr[] types = new Expr[decls.size()];
        boolean anyNamed = false;
        for (int i = 0; i < types.length; i++) {
            ParameterDeclContext d = decls.get(i);
            Expr t = type(d.type_());
            types[i] = d.ELLIPSIS() != null ? new Expr.Ellipsis(pos(d.ELLIPSIS()), t) : t;
            anyNamed |= d.IDENT() != null;
        }
        Expr.Field[] fields = new Expr.Field[types.length];
        if (!anyNamed) {
            for (int i = 0; i < types.length; i++) {
                fields[i] = new Expr.Field(types[i].pos(), null, types[i]);
            }
            return List.of(fields);
        }
        Pos errorPos = null;
        Expr shared = null;
        for (int i = types.length - 1; i >= 0; i--) {
            TerminalNode name = decls.get(i).IDENT();
            if (name != null) {
                shared = types[i];
                fields[i] = new Expr.Field(pos(name), name.getText(), shared);
            } else if (types[i] instanceof Expr.Ident id && shared != null) {
                fields[i] = new Expr.Field(id.pos(), id.name(), shared);
            } else {
                errorPos = types[i].pos();
            }
        }
        if (errorPos != null) {
            throw error(errorPos, "mixed named and unnamed parameters");
        }
        return List.of(fields);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Statements

    Stmt.Block block(BlockContext c) {
        return new Stmt.Block(pos(c.LBRACE()), statementList(c.statementList()), pos(c.RBRACE()));
    }

    private Stmt.Block functionBody(BlockContext c) {
        List<Stmt> cut = deferred != null ? deferred.statements(c.LBRACE().getSymbol()) : null;
        Stmt.Block body = cut != null ? new Stmt.Block(pos(c.LBRACE()), cut, pos(c.RBRACE())) : block(c);
        functionBodies.add(body);
        return body;
    }

    private List<Stmt> statementList(StatementListContext c) {
        List<Stmt> stmts = new ArrayList<>();
        for (StatementContext s : c.statement()) {
            stmts.add(statement(s));
        }
        return List.copyOf(stmts);
    }

    private Stmt statement(StatementContext c) {
        ParseTree alt = c.getChild(0);
        return switch (alt) {
            case DeclarationContext d -> {
                Decl decl = declaration(d);
                yield new Stmt.DeclStmt(decl.pos(), decl);
            }
            case LabeledStmtContext l -> labeledStmt(l);
            case SimpleStmtContext s -> simpleStmt(s);
            case GoStmtContext g -> new Stmt.Go(pos(g.GO()), callOf(g.expression(), "go"));
            case DeferStmtContext d -> new Stmt.Defer(pos(d.DEFER()), callOf(d.expression(), "defer"));
            case ReturnStmtContext r ->
                    new Stmt.Return(pos(r.RETURN()), r.expressionList() != null ? exprList(r.expressionList()) : List.of());
            case BreakStmtContext b -> branch(b.BREAK(), b.IDENT());
            case ContinueStmtContext k -> branch(k.CONTINUE(), k.IDENT());
            case GotoStmtContext g -> branch(g.GOTO(), g.IDENT());
            case FallthroughStmtContext f -> branch(f.FALLTHROUGH(), null);
            case BlockContext b -> block(b);
            case IfStmtContext i -> ifStmt(i);
            case SwitchStmtContext s -> switchStmt(s);
            case SelectStmtContext s -> selectStmt(s);
            case ForStmtContext f -> forStmt(f);
            default -> throw new IllegalStateException("unknown statement " + alt.getClass().getSimpleName());
        };
    }

    private Stmt.Branch branch(TerminalNode keyword, TerminalNode label) {
        return new Stmt.Branch(pos(keyword), BranchKind.of(keyword.getText()), label != null ? label.getText() : null, label != null ? pos(label) : null);
    }

    private Stmt labeledStmt(LabeledStmtContext c) {
        Stmt s = c.statement() != null
                ? statement(c.statement())
                : new Stmt.Empty(pos(tokens.get(c.COLON().getSymbol().getTokenIndex() + 1)));
        return new Stmt.Labeled(pos(c.IDENT()), c.IDENT().getText(), s);
    }

    /**
     * The call of a go or defer statement. Go reads a primary expression there, so an operator after one is a syntax
     * error (and an operand that starts with one has none); a primary expression that is not a call is reported and
     * taken as the function to call, as Go's parser does.
     */
    private Expr.Call callOf(ExpressionContext c, String keyword) {
        Expr x = expr(c);
        Expr primary = x;
        while (primary instanceof Expr.Binary b) {
            primary = b.x();
        }
        if (primary instanceof Expr.Unary || primary instanceof Expr.Star) {
            throw new SyntaxFailure(primary.pos(), "unexpected " + TokenWords.found(tokenAt(c, primary.pos())) + ", expected expression",
                            "expression in " + keyword + " must be function call");
        }
        Expr.Call call = primaryCall(primary, keyword, c);
        if (x != primary) {
            Pos operator = x.pos();
            for (Expr e = x; e instanceof Expr.Binary b; e = b.x()) {
                operator = b.pos();
            }
            throw unexpected(tokenAt(c, operator), " at end of statement");
        }
        return call;
    }

    private Expr.Call primaryCall(Expr x, String keyword, ExpressionContext c) {
        if (x instanceof Expr.Paren) {
            errors.add(x.pos(), "expression in " + keyword + " must not be parenthesized");
            x = unparen(x);
        }
        if (!(x instanceof Expr.Call call)) {
            Pos at = switch (x) {
                // Go places an expression with a suffix at the suffix: a selector at its dot, just before its name
                case Expr.Selector sel -> pos(tokens.get(tokenAt(c, sel.selPos()).getTokenIndex() - 1));
                case Expr.Index index -> index.lbrack();
                case Expr.Slice slice -> slice.lbrack();
                default -> x.pos();
            };
            errors.add(at, "expression in " + keyword + " must be function call");
            return new Expr.Call(x.pos(), x, List.of(), false, x.pos());
        }
        return call;
    }

    /** The token of C at real position AT. */
    private Token tokenAt(ParserRuleContext c, Pos at) {
        for (int i = c.getStart().getTokenIndex(); i <= c.getStop().getTokenIndex(); i++) {
            Token t = tokens.get(i);
            if (t.getLine() == at.line() && t.getCharPositionInLine() + 1 == at.col()) {
                return t;
            }
        }
        throw new IllegalStateException("no token at " + at);
    }

    /** simpleStmt or simpleStmtNB: {@code x}, {@code x <- v}, {@code x++}, {@code a, b op c, d}. */
    private Stmt simpleStmt(ParserRuleContext c) {
        Expr first = expr((ParserRuleContext) c.getChild(0));
        if (c.getChildCount() == 1) {
            return new Stmt.ExprStmt(first.pos(), first);
        }
        List<Expr> lhs = new ArrayList<>(List.of(first));
        List<ParserRuleContext> lhsCtx = new ArrayList<>(List.of((ParserRuleContext) c.getChild(0)));
        int i = 1;
        while (is(c.getChild(i), GoParser.COMMA)) {
            lhsCtx.add((ParserRuleContext) c.getChild(i + 1));
            lhs.add(expr(lhsCtx.getLast()));
            i += 2;
        }
        ParseTree opNode = c.getChild(i);
        Token op = opNode instanceof TerminalNode t ? t.getSymbol() : ((ParserRuleContext) opNode).getStart();
        switch (op.getType()) {
            case GoParser.ARROW:
                return new Stmt.Send(pos(op), first, expr((ParserRuleContext) c.getChild(i + 1)));
            case GoParser.INC:
            case GoParser.DEC:
                return new Stmt.IncDec(pos(op), first, op.getType() == GoParser.INC);
            case GoParser.DEFINE:
                checkNames(lhsCtx, lhs);
                return new Stmt.Assign(pos(op), List.copyOf(lhs), AssignOp.DEFINE, exprList((ParserRuleContext) c.getChild(i + 1)));
            default:
                return new Stmt.Assign(pos(op), List.copyOf(lhs), AssignOp.of(op.getText()), exprList((ParserRuleContext) c.getChild(i + 1)));
        }
    }

    /** Go's parser insists on plain names left of := (and in a range clause with :=). */
    private static void checkNames(List<ParserRuleContext> contexts, List<Expr> lhs) {
        for (int i = 0; i < lhs.size(); i++) {
            if (!(lhs.get(i) instanceof Expr.Ident)) {
                throw error(lhs.get(i).pos(), "non-name " + text(contexts.get(i)) + " on left side of :=");
            }
        }
    }

    /** The parts of an if or switch header: {@code [init ;] cond}. */
    private record Header(Stmt init, Stmt cond, ParserRuleContext condCtx, Token semi) {
    }

    private Header header(HeaderContext c) {
        ParserRuleContext first = null;
        ParserRuleContext second = null;
        Token semi = null;
        for (ParseTree child : c.children == null ? List.<ParseTree>of() : c.children) {
            if (child instanceof TerminalNode t) {
                semi = t.getSymbol();
            } else if (semi == null) {
                first = (ParserRuleContext) child;
            } else {
                second = (ParserRuleContext) child;
            }
        }
        if (semi == null) {
            return new Header(null, first != null ? simpleStmt(first) : null, first, null);
        }
        return new Header(first != null ? simpleStmt(first) : null, second != null ? simpleStmt(second) : null, second, semi);
    }

    private Stmt.If ifStmt(IfStmtContext c) {
        Header h = header(c.header());
        Expr cond;
        if (h.cond == null) {
            if (h.semi != null && !h.semi.getText().equals(";")) {
                throw unexpected(h.semi, ", expected { after if clause");
            }
            throw error(h.semi != null ? pos(h.semi) : pos(c.block(0)), "missing condition in if statement");
        } else if (h.cond instanceof Stmt.ExprStmt e) {
            cond = e.x();
        } else {
            throw notAValue(h);
        }
        Stmt.Block then = block(c.block(0));
        Stmt els = null;
        if (c.ifStmt() != null) {
            els = ifStmt(c.ifStmt());
        } else if (c.block().size() > 1) {
            els = block(c.block(1));
        }
        return new Stmt.If(pos(c.IF()), h.init, cond, then, els);
    }

    /** {@code if x := 0 {}}: Go's wording, which spells out an assignment written instead of a comparison. */
    private static SyntaxFailure notAValue(Header h) {
        ParserRuleContext s = h.condCtx;
        String what;
        if (h.cond instanceof Stmt.Assign a && a.op() == AssignOp.ASSIGN) {
            int op = s.getChildCount() - 2;
            String lhs = text(s.getStart(), ((ParserRuleContext) s.getChild(op - 1)).getStop());
            what = "assignment (" + lhs + ") = (" + text((ParserRuleContext) s.getChild(op + 1)) + ")";
        } else {
            what = text(s);
        }
        return error(h.cond.pos(), "cannot use " + what + " as value");
    }

    private Stmt switchStmt(SwitchStmtContext c) {
        Header h = header(c.header());
        List<Stmt.CaseClause> clauses = new ArrayList<>();
        for (CaseClauseContext cc : c.caseClause()) {
            boolean isDefault = cc.DEFAULT() != null;
            List<Expr> exprs = isDefault ? List.of() : exprList(cc.expressionList());
            Pos at = pos(isDefault ? cc.DEFAULT() : cc.CASE());
            clauses.add(new Stmt.CaseClause(at, isDefault, exprs, statementList(cc.statementList())));
        }
        checkDefaults(clauses.stream().filter(Stmt.CaseClause::isDefault).map(Stmt.CaseClause::pos).toList(), "switch");
        Pos at = pos(c.SWITCH());
        Pos rbrace = pos(c.RBRACE());
        List<Stmt.CaseClause> body = List.copyOf(clauses);
        if (h.cond == null) {
            return new Stmt.Switch(at, h.init, null, body, rbrace);
        }
        if (h.cond instanceof Stmt.ExprStmt e) {
            if (e.x() instanceof Expr.TypeAssert ta && ta.type() == null) {
                return new Stmt.TypeSwitch(at, h.init, null, null, ta.x(), body, rbrace);
            }
            return new Stmt.Switch(at, h.init, e.x(), body, rbrace);
        }
        if (h.cond instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE && a.lhs().size() == 1 && a.rhs().size() == 1
                && a.rhs().getFirst() instanceof Expr.TypeAssert ta && ta.type() == null) {
            Expr.Ident bind = (Expr.Ident) a.lhs().getFirst();
            return new Stmt.TypeSwitch(at, h.init, bind.name(), bind.pos(), ta.x(), body, rbrace);
        }
        throw notAValue(h);
    }

    private static void checkDefaults(List<Pos> defaults, String statement) {
        if (defaults.size() > 1) {
            throw error(defaults.get(1), "multiple defaults in " + statement + " (first at " + defaults.getFirst() + ")");
        }
    }

    private Stmt.Select selectStmt(SelectStmtContext c) {
        List<Stmt.CommClause> clauses = new ArrayList<>();
        List<Pos> defaults = new ArrayList<>();
        for (CommClauseContext cc : c.commClause()) {
            Stmt comm = null;
            if (cc.DEFAULT() != null) {
                defaults.add(pos(cc.DEFAULT()));
            } else {
                comm = simpleStmt(cc.simpleStmt());
                if (!isCommunication(comm)) {
                    throw error(comm.pos(), "select case must be send or receive (possibly with assignment)");
                }
            }
            Pos at = pos(cc.DEFAULT() != null ? cc.DEFAULT() : cc.CASE());
            clauses.add(new Stmt.CommClause(at, comm, statementList(cc.statementList())));
        }
        checkDefaults(defaults, "select");
        return new Stmt.Select(pos(c.SELECT()), List.copyOf(clauses));
    }

    private static boolean isCommunication(Stmt s) {
        return switch (s) {
            case Stmt.Send send -> true;
            case Stmt.ExprStmt e -> isReceive(e.x());
            case Stmt.Assign a -> (a.op() == AssignOp.ASSIGN || a.op() == AssignOp.DEFINE) && a.lhs().size() <= 2
                    && a.rhs().size() == 1 && isReceive(a.rhs().getFirst());
            default -> false;
        };
    }

    private static boolean isReceive(Expr e) {
        return unparen(e) instanceof Expr.Unary u && u.op() == Operator.RECV;
    }

    private Stmt forStmt(ForStmtContext c) {
        Pos at = pos(c.FOR());
        Stmt.Block body = block(c.block());
        if (c.rangeClause() != null) {
            RangeClauseContext r = c.rangeClause();
            Expr key = null;
            Expr value = null;
            boolean define = r.DEFINE() != null;
            if (r.expressionListNB() != null) {
                List<Expr> vars = exprList(r.expressionListNB());
                if (vars.size() > 2) {
                    throw error(vars.get(2).pos(), "range clause permits at most two iteration variables");
                }
                if (define) {
                    checkNames(List.copyOf(r.expressionListNB().expressionNB()), vars);
                }
                key = vars.getFirst();
                value = vars.size() > 1 ? vars.get(1) : null;
            }
            return new Stmt.Range(at, key, value, define, expr(r.expressionNB()), body);
        }
        if (c.forClause() != null) {
            Stmt init = null;
            Expr cond = null;
            Stmt post = null;
            int semis = 0;
            for (ParseTree child : c.forClause().children) {
                if (child instanceof TerminalNode) {
                    semis++;
                } else if (semis == 0) {
                    init = simpleStmt((ParserRuleContext) child);
                } else if (semis == 1) {
                    cond = expr((ParserRuleContext) child);
                } else {
                    post = simpleStmt((ParserRuleContext) child);
                    if (post instanceof Stmt.Assign a && a.op() == AssignOp.DEFINE) {
                        throw error(a.pos(), "cannot declare in post statement of for loop");
                    }
                }
            }
            return new Stmt.For(at, init, cond, post, body);
        }
        Expr cond = c.expressionNB() != null ? expr(c.expressionNB()) : null;
        return new Stmt.For(at, null, cond, null, body);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Expressions. Each method takes the ordinary context or its header (NB) twin.

    private List<Expr> exprList(ParserRuleContext c) {
        List<Expr> exprs = new ArrayList<>((c.getChildCount() + 1) / 2);
        for (int i = 0; i < c.getChildCount(); i += 2) {
            exprs.add(expr((ParserRuleContext) c.getChild(i)));
        }
        return List.copyOf(exprs);
    }

    /**
     * expression or expressionNB: a primary, {@code op x} or {@code x op y}. A chain {@code a + b + c ...} nests one
     * context per operator down the left side; it is walked with a loop so that long chains cannot overflow the
     * stack.
     */
    private Expr expr(ParserRuleContext c) {
        Deque<ParserRuleContext> binaries = new ArrayDeque<>();
        ParserRuleContext left = c;
        while (left.getChildCount() == 3) {
            binaries.push(left);
            left = (ParserRuleContext) left.getChild(0);
        }
        Expr x = left.getChildCount() == 1
                ? primary((ParserRuleContext) left.getChild(0))
                : unary(((TerminalNode) left.getChild(0)).getSymbol(), expr((ParserRuleContext) left.getChild(1)));
        while (!binaries.isEmpty()) {
            ParserRuleContext b = binaries.pop();
            Token op = ((TerminalNode) b.getChild(1)).getSymbol();
            x = new Expr.Binary(pos(op), Operator.of(op.getText()), x, expr((ParserRuleContext) b.getChild(2)));
        }
        return x;
    }

    private Expr unary(Token op, Expr x) {
        Pos at = pos(op);
        return switch (op.getType()) {
            case GoParser.STAR -> new Expr.Star(at, x);
            case GoParser.ARROW -> x instanceof Expr.ChanType ch ? receiveOnly(at, ch) : new Expr.Unary(at, Operator.RECV, x);
            default -> new Expr.Unary(at, Operator.of(op.getText()), x);
        };
    }

    /**
     * {@code <-chan T} reaches us as {@code <-} applied to {@code chan T}; Go's parser re-associates the arrow onto
     * the channel type, through {@code chan<-} element types ({@code <-chan<- chan T} is {@code <-chan (<-chan T)}).
     */
    private static Expr.ChanType receiveOnly(Pos arrow, Expr.ChanType ch) {
        return switch (ch.dir()) {
            case RECV -> throw error(ch.pos(), "unexpected <-, expected chan");
            case BOTH -> new Expr.ChanType(arrow, Expr.ChanDir.RECV, ch.elem());
            case SEND -> {
                if (!(ch.elem() instanceof Expr.ChanType inner)) {
                    throw error(ch.elem().pos(), "unexpected " + describe(ch.elem()) + ", expected chan");
                }
                yield new Expr.ChanType(arrow, Expr.ChanDir.RECV, receiveOnly(inner.pos(), inner));
            }
        };
    }

    /** primaryExpr or primaryExprNB: an operand and its suffixes, looped over like binary chains in expr. */
    private Expr primary(ParserRuleContext c) {
        Deque<SuffixContext> suffixes = new ArrayDeque<>();
        ParserRuleContext p = c;
        while (p.getChildCount() == 2) {
            suffixes.push((SuffixContext) p.getChild(1));
            p = (ParserRuleContext) p.getChild(0);
        }
        ParseTree only = p.getChild(0);
        Expr x = only instanceof NamedCompositeLitContext n
                ? literalValue(n.literalValue(), instantiate(typeName(n.typeName()), n.typeArgs()))
                : operand((ParserRuleContext) only);
        while (!suffixes.isEmpty()) {
            x = suffix(x, suffixes.pop());
        }
        return x;
    }

    private Expr suffix(Expr x, SuffixContext c) {
        ParseTree first = c.getChild(0);
        if (first instanceof ArgumentsContext args) {
            return call(x, args);
        }
        if (is(first, GoParser.DOT)) {
            if (c.IDENT() != null) {
                return new Expr.Selector(x.pos(), x, c.IDENT().getText(), pos(c.IDENT()));
            }
            if (c.TYPE() != null) {
                if (!isTypeSwitchGuard(c)) {
                    throw error(x.pos(), "use of .(type) outside type switch");
                }
                return new Expr.TypeAssert(x.pos(), x, null);
            }
            return new Expr.TypeAssert(x.pos(), x, type(c.type_()));
        }
        return indexOrSlice(x, c);
    }

    private Expr.Call call(Expr fun, ArgumentsContext args) {
        List<Expr> list = args.expressionList() != null ? exprList(args.expressionList()) : List.of();
        return new Expr.Call(fun.pos(), fun, list, args.ELLIPSIS() != null, pos(args.LPAREN()));
    }

    /** {@code x[i]}, {@code x[A, B]}, {@code x[lo:hi]} or {@code x[lo:hi:max]}. */
    private Expr indexOrSlice(Expr x, SuffixContext c) {
        List<TerminalNode> colons = c.COLON();
        if (colons.isEmpty()) {
            List<Expr> indices = new ArrayList<>();
            for (ExpressionContext e : c.expression()) {
                indices.add(expr(e));
            }
            return new Expr.Index(x.pos(), x, List.copyOf(indices), pos(c.LBRACK()));
        }
        Expr[] bounds = new Expr[3];
        int slot = 0;
        for (int i = 1; i < c.getChildCount() - 1; i++) {
            ParseTree child = c.getChild(i);
            if (child instanceof TerminalNode) {
                slot++;
            } else {
                bounds[slot] = expr((ParserRuleContext) child);
            }
        }
        boolean slice3 = colons.size() == 2;
        if (slice3 && bounds[1] == null) {
            errors.add(pos(colons.get(1)), "middle index required in 3-index slice");
        }
        if (slice3 && bounds[2] == null) {
            errors.add(pos(c.RBRACK()), "final index required in 3-index slice");
        }
        return new Expr.Slice(x.pos(), x, bounds[0], bounds[1], bounds[2], slice3, pos(c.LBRACK()));
    }

    /**
     * Whether {@code x.(type)} is where Go allows it: the whole tag of a switch header, alone or on the right of
     * {@code v :=}.
     */
    private static boolean isTypeSwitchGuard(SuffixContext c) {
        ParserRuleContext primary = c.getParent();
        ParserRuleContext expr = primary.getParent();
        if (!(expr instanceof ExpressionNBContext) || expr.getChildCount() != 1) {
            return false;
        }
        ParserRuleContext stmt;
        if (expr.getParent() instanceof SimpleStmtNBContext s && s.getChildCount() == 1) {
            stmt = s;
        } else if (expr.getParent() instanceof ExpressionListNBContext list && list.getChildCount() == 1
                && list.getParent() instanceof SimpleStmtNBContext s && s.getChildCount() == 3
                && is(s.getChild(1), GoParser.DEFINE)) {
            stmt = s;
        } else {
            return false;
        }
        if (!(stmt.getParent() instanceof HeaderContext header) || !(header.getParent() instanceof SwitchStmtContext)) {
            return false;
        }
        // the tag is the statement after the semicolon, or the only one
        return header.SEMI() == null || header.getChild(header.getChildCount() - 1) == stmt && header.getChild(0) != stmt;
    }

    /** operand or operandNB. */
    private Expr operand(ParserRuleContext c) {
        ParseTree first = c.getChild(0);
        if (first instanceof LiteralContext lit) {
            return basicLit(lit);
        }
        if (first instanceof TerminalNode t) {
            Token tok = t.getSymbol();
            return switch (tok.getType()) {
                case GoParser.IDENT -> new Expr.Ident(pos(tok), tok.getText());
                case GoParser.LPAREN -> new Expr.Paren(pos(tok), expr((ParserRuleContext) c.getChild(1)));
                case GoParser.FUNC -> new Expr.FuncLit(pos(tok), signature((SignatureContext) c.getChild(1), pos(tok), List.of()),
                        functionBody((BlockContext) c.getChild(2)));
                case GoParser.CHAN -> chanType(c);
                default -> throw new IllegalStateException("unknown operand " + tok.getText());
            };
        }
        if (first instanceof CompositeLitContext lit) {
            return compositeLit(lit);
        }
        if (first instanceof TypeLitNBContext conversion) {
            Expr type = conversion.CHAN() != null ? chanType(conversion) : typeLit((ParserRuleContext) conversion.getChild(0));
            return call(type, (ArgumentsContext) c.getChild(1));
        }
        return typeLit((ParserRuleContext) first);
    }

    private Expr.BasicLit basicLit(LiteralContext c) {
        Token t = c.getStart();
        Expr.LitKind kind = switch (t.getType()) {
            case GoParser.INT_LIT -> Expr.LitKind.INT;
            case GoParser.FLOAT_LIT -> Expr.LitKind.FLOAT;
            case GoParser.IMAGINARY_LIT -> Expr.LitKind.IMAG;
            case GoParser.RUNE_LIT -> Expr.LitKind.CHAR;
            default -> Expr.LitKind.STRING;
        };
        return new Expr.BasicLit(pos(t), kind, t.getText(), errors.isBadLiteral(t));
    }

    private Expr.CompositeLit compositeLit(CompositeLitContext c) {
        ParseTree first = c.getChild(0);
        Expr type = first instanceof ParserRuleContext literalType
                ? typeLit(literalType)
                : new Expr.ArrayType(pos(c.LBRACK()), new Expr.Ellipsis(pos(c.ELLIPSIS()), null), type(c.type_()));
        return literalValue(c.literalValue(), type);
    }

    /** The braces of a composite literal; type is null when elided inside another literal. */
    private Expr.CompositeLit literalValue(LiteralValueContext c, Expr type) {
        List<Expr.Element> elems = new ArrayList<>();
        for (KeyedElementContext k : c.keyedElement()) {
            List<ElementContext> parts = k.element();
            Expr first = element(parts.getFirst());
            elems.add(parts.size() == 1
                    ? new Expr.Element(first.pos(), null, first)
                    : new Expr.Element(pos(k.COLON()), first, element(parts.get(1))));
        }
        Pos at = type != null ? type.pos() : pos(c.LBRACE());
        return new Expr.CompositeLit(at, type, List.copyOf(elems), pos(c.RBRACE()));
    }

    private Expr element(ElementContext c) {
        return c.literalValue() != null ? literalValue(c.literalValue(), null) : expr(c.expression());
    }
}
