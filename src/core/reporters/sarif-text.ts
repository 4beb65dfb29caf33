import { prettyJsonPieces } from './json-pieces';
import type { SarifLog } from './sarif-types';

/**
 * Indented down to each run's members, except that results are one per line: a large scan's
 * results are most of the file, and compact lines halve its size and the time to write it,
 * while each result stays one line to read, grep or diff.
 */
const SARIF_LAYOUT = { splitDepth: 3, oneItemPerLine: new Set(['results']) };

/** A SARIF file's text in pieces, ending with a line break, so a large log is never one string. */
export function sarifPieces(log: SarifLog): string[] {
  return [...prettyJsonPieces(log, SARIF_LAYOUT), '\n'];
}

/** A SARIF file's text: what the CLI writes, what the action uploads, and what its size limit measures. */
export function sarifText(log: SarifLog): string {
  return sarifPieces(log).join('');
}
