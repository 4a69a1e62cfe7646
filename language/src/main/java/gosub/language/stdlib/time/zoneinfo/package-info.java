/**
 * Time zones as Go 1.19 has them: read from the system's TZif files (RFC 8536) where Go reads them, so that names,
 * abbreviations, offsets and transitions are the files' own and not the JDK's copy of the database, which lacks
 * historical abbreviations (LMT, PWT), deprecates the three-letter ids (EST, MST, HST) and names some zones
 * differently. {@link ZoneSources} follows Go's search order (ZONEINFO, the system directories, Go's zoneinfo.zip);
 * only a machine with none of them falls back to the JDK's database ({@link JdkZoneTimeline}), as a Go binary falls
 * back to the database its toolchain carries. A zone, whatever its source, answers two questions
 * ({@link ZoneTimeline}): which zone is in use at an instant and from when to when, and which offset an abbreviation
 * stands for. Nothing here holds run state: a table is immutable once read.
 */
package gosub.language.stdlib.time.zoneinfo;
