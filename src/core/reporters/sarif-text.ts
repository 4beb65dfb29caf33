import type { Report } from '../report';
import { emitPrettyJson, type EmitPiece } from './json-pieces';
import { sarifWithResultsToMake, type SarifOptions } from './sarif';
import type { SarifLog } from './sarif-types';

/**
 * Indented down to each run's members, except that results are one per line: a large scan's
 * results are most of the file, and compact lines halve its size and the time to write it,
 * while each result stays one line to read, grep or diff.
 */
const SARIF_LAYOUT = { splitDepth: 3, oneItemPerLine: new Set(['results']) };

/**
 * A SARIF file's text, ending with a line break, handed to `emit` piece by piece as it is made: a
 * large log is never one string, and a writer need not hold the pieces it has written.
 */
export function emitSarif(log: SarifLog, emit: EmitPiece): void {
  emitPrettyJson(log, SARIF_LAYOUT, emit);
  emit('\n');
}

/**
 * The text `emitSarif` gives for `toSarif(report)`, each result made just before it is written: the
 * results of a large scan are then garbage as soon as they are written, instead of being held (and
 * copied by each collection) until the last is.
 */
export function emitReportSarif(report: Report, options: SarifOptions, emit: EmitPiece): void {
  const { log, results } = sarifWithResultsToMake(report, options);
  emitPrettyJson(log, { ...SARIF_LAYOUT, madeOnWrite: results }, emit);
  emit('\n');
}

/** A SARIF file's text: what the CLI writes, what the action uploads, and what its size limit measures. */
export function sarifText(log: SarifLog): string {
  const pieces: string[] = [];
  emitSarif(log, (piece) => void pieces.push(piece));
  return pieces.join('');
}
