/**
 * {@code GOSUB_TIMING=1}: where a run's wall time goes, phase by phase ({@link gosub.runtime.timing.Phases}).
 */
package gosub.runtime.timing;
