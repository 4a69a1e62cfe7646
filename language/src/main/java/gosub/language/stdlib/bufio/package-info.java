/**
 * Natives of package bufio: the split functions a Scanner calls once for every token (ScanLines, ScanWords),
 * which work on the bytes behind the slice they are given and return slices of it. The Scanner and the buffered
 * Reader and Writer are Go code (stdlib/bufio.go).
 */
package gosub.language.stdlib.bufio;
