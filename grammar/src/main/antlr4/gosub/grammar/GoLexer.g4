/*
 * Tokens of Go 1.22 (https://go.dev/ref/spec#Lexical_elements).
 *
 * Newlines and comments are not skipped: the Java SemicolonInserter needs them to apply Go's automatic semicolon
 * rule, and drops them afterwards. Literal rules are deliberately a little more permissive than the spec (escapes,
 * digit separators, rune length) so that SemicolonInserter can check them and report Go's own messages at the
 * right column instead of a confusing tokenisation. Malformed input that cannot be a token at all gets an error
 * token type (UNTERMINATED_*, ERROR_CHAR) for the same reason.
 */
lexer grammar GoLexer;

// Set by SemicolonInserter on NUMBER tokens.
tokens { INT_LIT, FLOAT_LIT, IMAGINARY_LIT }

// Keywords

BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENT : LETTER (LETTER | UNICODE_DIGIT)*;

// Operators and punctuation; compound assignments are single tokens as in the spec.

ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
DIV_ASSIGN     : '/=';
MOD_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';

LOGICAL_AND : '&&';
LOGICAL_OR  : '||';
ARROW       : '<-';
INC         : '++';
DEC         : '--';
EQ          : '==';
NE          : '!=';
LE          : '<=';
GE          : '>=';
DEFINE      : ':=';
ELLIPSIS    : '...';
SHL         : '<<';
SHR         : '>>';
AND_NOT     : '&^';

PLUS   : '+';
MINUS  : '-';
STAR   : '*';
DIV    : '/';
MOD    : '%';
AMP    : '&';
OR     : '|';
CARET  : '^';
LT     : '<';
GT     : '>';
ASSIGN : '=';
NOT    : '!';
TILDE  : '~';

LPAREN : '(';
RPAREN : ')';
LBRACK : '[';
RBRACK : ']';
LBRACE : '{';
RBRACE : '}';
COMMA  : ',';
SEMI   : ';';
DOT    : '.';
COLON  : ':';

// Literals. A number is scanned the way Go's scanner scans it (prefix, digits and '_', '.', exponent, 'i') without
// checking it: SemicolonInserter classifies it as INT_LIT, FLOAT_LIT or IMAGINARY_LIT and reports Go's messages
// for malformed ones ("invalid digit '8' in octal literal"...). Strings and runes accept any escape for the same
// reason. Longest match decides between overlapping rules; on equal length the earlier rule wins.

NUMBER
    : ( '0' [xX] [0-9a-fA-F_]* ('.' [0-9a-fA-F_]*)?
      | '0' [oObB] [0-9_]* ('.' [0-9_]*)?
      | [0-9] [0-9_]* ('.' [0-9_]*)?
      | '.' [0-9] [0-9_]*
      )
      ([eEpP] [+-]? [0-9_]*)? 'i'?
    ;

RUNE_LIT       : '\'' (~['\\\n] | '\\' ~'\n')* '\'';
STRING_LIT     : '"' (~["\\\n] | '\\' ~'\n')* '"';
RAW_STRING_LIT : '`' ~'`'* '`';

// One char shorter than the terminated form, so they only win when the closing quote is missing.
UNTERMINATED_RUNE   : '\'' (~['\\\n] | '\\' ~'\n')* '\\'?;
UNTERMINATED_STRING : '"' (~["\\\n] | '\\' ~'\n')* '\\'?;
UNTERMINATED_RAW    : '`' ~'`'*;

// Layout: dropped by SemicolonInserter after it has looked at it.

WS           : [ \t\r\u000C\uFEFF]+ -> skip;
NEWLINE      : '\n';
LINE_COMMENT : '//' ~[\r\n]*;
BLOCK_COMMENT: '/*' .*? '*/';
// Matches up to but not including a "*/", so it is shorter than BLOCK_COMMENT unless the comment never ends.
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'*;

ERROR_CHAR : .;

fragment LETTER        : [\p{L}_];
fragment UNICODE_DIGIT : [\p{Nd}];
