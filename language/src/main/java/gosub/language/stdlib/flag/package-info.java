/**
 * Natives of package flag: the two things it needs of reflection, a zero value of a flag Value's dynamic type (so
 * PrintDefaults can leave out a default that equals it) and TextVar's copy of the default into the variable. The
 * parsing and the help text are Go code.
 */
package gosub.language.stdlib.flag;
