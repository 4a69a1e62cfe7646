/*
 * Syntax of Go 1.22 (https://go.dev/ref/spec), written for gosub.
 *
 * Shape decisions, each made for prediction speed (LL(1) wherever cheap) or to follow Go's own parser:
 *  - Semicolons come from gosub.parser.SemicolonInserter, which applies the spec's insertion rule; the grammar
 *    sees plain SEMI tokens.
 *  - Types are expressions (as in go/ast): conversions, make/new arguments, type arguments and case types of type
 *    switches all parse as `expression`, whose operands include type literals (the *X rules, see there).
 *    `type_` is used where the spec requires a type.
 *  - A composite literal whose type is a bare (possibly qualified or instantiated) type name is not allowed at the
 *    top level of an if/for/switch header, because there `x {` opens the block. The *NB ("no brace") rules are the
 *    header variants; any bracket, parenthesis or brace nested inside them returns to the ordinary rules, exactly
 *    Go's rule.
 *  - Simple statements, parameters, index/slice suffixes and keyed elements are factored so that the decision
 *    happens after the common prefix; the AST builder then checks what Go's parser checks (names on the left of
 *    :=, mixed named and unnamed parameters, 3-index slices...).
 */
parser grammar GoParser;

options { tokenVocab = GoLexer; }

// ---------------------------------------------------------------------------------------------------------------
// Source file and declarations

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause
    : PACKAGE IDENT
    ;

importDecl
    : IMPORT (importSpec | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN)
    ;

importSpec
    : (DOT | IDENT)? string_
    ;

topLevelDecl
    : declaration
    | functionDecl
    ;

declaration
    : constDecl
    | typeDecl
    | varDecl
    ;

constDecl
    : CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN)
    ;

constSpec
    : identifierList (type_? ASSIGN expressionList)?
    ;

varDecl
    : VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN)
    ;

varSpec
    : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList)
    ;

typeDecl
    : TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN)
    ;

// `type A [N]int` and `type A[P *C] int` read the same up to the `]`; listing the array form first makes the
// ambiguous case an array type, as Go's parser decides.
typeSpec
    : IDENT ASSIGN? type_
    | IDENT typeParameters ASSIGN? type_
    ;

functionDecl
    : FUNC receiver? IDENT typeParameters? signature block?
    ;

receiver
    : parameters
    ;

typeParameters
    : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK
    ;

typeParamDecl
    : identifierList typeElem
    ;

typeElem
    : typeTerm (OR typeTerm)*
    ;

typeTerm
    : TILDE? type_
    ;

identifierList
    : IDENT (COMMA IDENT)*
    ;

// ---------------------------------------------------------------------------------------------------------------
// Types

type_
    : typeName typeArgs?
    | typeLit
    | LPAREN type_ RPAREN
    ;

typeName
    : IDENT (DOT IDENT)?
    ;

typeArgs
    : LBRACK type_ (COMMA type_)* COMMA? RBRACK
    ;

typeLit
    : arrayType
    | sliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | chanType
    ;

arrayType
    : LBRACK expression RBRACK type_
    ;

sliceType
    : LBRACK RBRACK type_
    ;

pointerType
    : STAR type_
    ;

functionType
    : FUNC signature
    ;

mapType
    : MAP LBRACK type_ RBRACK type_
    ;

// `chan <-chan int` is `chan<- (chan int)`: the spec binds <- to the leftmost chan, so that alternative is first.
chanType
    : CHAN ARROW type_
    | CHAN type_
    | ARROW CHAN type_
    ;

structType
    : STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE
    ;

fieldDecl
    : identifierList type_ string_?
    | embeddedField string_?
    ;

embeddedField
    : STAR? typeName typeArgs?
    ;

interfaceType
    : INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE
    ;

interfaceElem
    : IDENT typeParameters? signature   // Go reads type parameters here to refuse them (not a syntax error)
    | typeElem
    ;

signature
    : parameters result?
    ;

// `(T)` is both a parameter list and a parenthesised type; as a parameter list it means the same thing.
result
    : parameters
    | type_
    ;

// Types written as operands: []byte(s), make(map[string]int), f[[]int], case []int:. Their last component is
// followed by what may follow an operand, and several of those tokens (`(`, `[`, `*`, `<-`, `.`) could also
// continue a type (a result, a qualified name). ANTLR's SLL prediction merges the follow sets of every use of a
// rule, so if these shared the rules above, every `func f() *T {` or `pkg.T` would be predicted by scanning far
// ahead. The *X copies keep that follow set to themselves, and the rules above stay LL(1).
typeX
    : typeNameX typeArgs?
    | typeLitX
    | LPAREN type_ RPAREN
    ;

typeNameX
    : IDENT (DOT IDENT)?
    ;

typeLitX
    : arrayTypeX
    | sliceTypeX
    | structType
    | pointerTypeX
    | functionTypeX
    | interfaceType
    | mapTypeX
    | chanTypeX
    ;

arrayTypeX
    : LBRACK expression RBRACK typeX
    ;

sliceTypeX
    : LBRACK RBRACK typeX
    ;

pointerTypeX
    : STAR typeX
    ;

functionTypeX
    : FUNC signatureX
    ;

signatureX
    : parameters resultX?
    ;

resultX
    : parameters
    | typeX
    ;

mapTypeX
    : MAP LBRACK type_ RBRACK typeX
    ;

chanTypeX
    : CHAN ARROW typeX
    | CHAN typeX
    | ARROW CHAN typeX
    ;

parameters
    : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN
    ;

// A lone name is parsed as a type; the AST builder turns it into a parameter name when another entry of the list
// is named (`a, b int`), as Go's parser does.
parameterDecl
    : IDENT ELLIPSIS? type_
    | ELLIPSIS? type_
    ;

// ---------------------------------------------------------------------------------------------------------------
// Statements

block
    : LBRACE statementList RBRACE
    ;

statementList
    : statement? (SEMI statement?)*
    ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt
    : IDENT COLON statement?
    ;

// A send, ++ or -- has one operand on the left; a list must be followed by an assignment.
simpleStmt
    : expression (ARROW expression | INC | DEC | (COMMA expression)* (assignOp | DEFINE) expressionList)?
    ;

simpleStmtNB
    : expressionNB (ARROW expressionNB | INC | DEC | (COMMA expressionNB)* (assignOp | DEFINE) expressionListNB)?
    ;

assignOp
    : ASSIGN
    | ADD_ASSIGN
    | SUB_ASSIGN
    | MUL_ASSIGN
    | DIV_ASSIGN
    | MOD_ASSIGN
    | AND_ASSIGN
    | OR_ASSIGN
    | XOR_ASSIGN
    | SHL_ASSIGN
    | SHR_ASSIGN
    | AND_NOT_ASSIGN
    ;

goStmt
    : GO expression
    ;

deferStmt
    : DEFER expression
    ;

returnStmt
    : RETURN expressionList?
    ;

breakStmt
    : BREAK IDENT?
    ;

continueStmt
    : CONTINUE IDENT?
    ;

gotoStmt
    : GOTO IDENT
    ;

fallthroughStmt
    : FALLTHROUGH
    ;

// Go's parser reads `[init ;] cond` of if and switch as two optional simple statements and then checks them;
// so do we (missing condition, `if x := 0 {`, type switch guards).
ifStmt
    : IF header block (ELSE (ifStmt | block))?
    ;

header
    : simpleStmtNB? (SEMI simpleStmtNB?)?
    ;

switchStmt
    : SWITCH header LBRACE caseClause* RBRACE
    ;

caseClause
    : (CASE expressionList | DEFAULT) COLON statementList
    ;

selectStmt
    : SELECT LBRACE commClause* RBRACE
    ;

commClause
    : (CASE simpleStmt | DEFAULT) COLON statementList
    ;

forStmt
    : FOR (forClause | rangeClause | expressionNB)? block
    ;

forClause
    : simpleStmtNB? SEMI expressionNB? SEMI simpleStmtNB?
    ;

rangeClause
    : (expressionListNB (ASSIGN | DEFINE))? RANGE expressionNB
    ;

// ---------------------------------------------------------------------------------------------------------------
// Expressions. Alternatives are listed from the tightest binding to the loosest.

expression
    : primaryExpr
    | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW) expression
    | expression op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expression
    | expression op=(PLUS | MINUS | OR | CARET) expression
    | expression op=(EQ | NE | LT | LE | GT | GE) expression
    | expression op=LOGICAL_AND expression
    | expression op=LOGICAL_OR expression
    ;

expressionNB
    : primaryExprNB
    | op=(PLUS | MINUS | NOT | CARET | STAR | AMP | ARROW) expressionNB
    | expressionNB op=(STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT) expressionNB
    | expressionNB op=(PLUS | MINUS | OR | CARET) expressionNB
    | expressionNB op=(EQ | NE | LT | LE | GT | GE) expressionNB
    | expressionNB op=LOGICAL_AND expressionNB
    | expressionNB op=LOGICAL_OR expressionNB
    ;

expressionList
    : expression (COMMA expression)*
    ;

expressionListNB
    : expressionNB (COMMA expressionNB)*
    ;

primaryExpr
    : operand
    | namedCompositeLit
    | primaryExpr suffix
    ;

primaryExprNB
    : operandNB
    | primaryExprNB suffix
    ;

suffix
    : DOT IDENT
    | DOT LPAREN (type_ | TYPE) RPAREN
    | LBRACK ( expression ((COMMA expression)* COMMA? | COLON expression? (COLON expression?)?)
             | COLON expression? (COLON expression?)?
             ) RBRACK
    | arguments
    ;

arguments
    : LPAREN (expressionList ELLIPSIS? COMMA?)? RPAREN
    ;

operand
    : literal
    | IDENT
    | LPAREN expression RPAREN
    | compositeLit
    | FUNC signature block
    | functionTypeX
    | arrayTypeX
    | sliceTypeX
    | structType
    | interfaceType
    | mapTypeX
    | CHAN ARROW typeX
    | CHAN typeX
    ;

// operandNB is operand in a statement header (if, for, switch), where a `{` may open the block. It is a separate
// rule so that ANTLR's prediction, which looks at every place a rule can end, knows that `{` never follows an
// ordinary operand: `[]int{` and `func() {` then decide at the brace instead of scanning the whole literal to rule
// out a block. A type literal standing alone is only a conversion's callee there (`[]byte(s)`): as in Go's parser,
// a `{` after a type literal always opens a composite literal, so `range []int{1, 2} {` needs no look-ahead.
operandNB
    : literal
    | IDENT
    | LPAREN expression RPAREN
    | compositeLit
    | FUNC signature block
    | typeLitNB arguments
    ;

typeLitNB
    : functionTypeX
    | arrayTypeX
    | sliceTypeX
    | structType
    | interfaceType
    | mapTypeX
    | CHAN ARROW typeX
    | CHAN typeX
    ;

literal
    : INT_LIT
    | FLOAT_LIT
    | IMAGINARY_LIT
    | RUNE_LIT
    | string_
    ;

string_
    : STRING_LIT
    | RAW_STRING_LIT
    ;

// Composite literals of the type literals; these are fine in headers too.
compositeLit
    : (structType | arrayType | LBRACK ELLIPSIS RBRACK type_ | sliceType | mapType) literalValue
    ;

namedCompositeLit
    : typeName typeArgs? literalValue
    ;

literalValue
    : LBRACE (keyedElement (COMMA keyedElement)* COMMA?)? RBRACE
    ;

// The first element is the key when a colon follows.
keyedElement
    : element (COLON element)?
    ;

element
    : expression
    | literalValue
    ;
