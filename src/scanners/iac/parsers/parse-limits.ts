/** Bounds every parser respects, so hostile input costs bounded time and memory. */
export const PARSE_LIMITS = {
  /** Larger files are skipped with a notice. */
  maxFileBytes: 8 * 1024 * 1024,
  maxDepth: 256,
  /** Nodes one file may expand to, aliases counted as expanded. */
  maxNodes: 2_000_000,
};

/** A limit was hit: the file is reported as a notice and the scan goes on. */
export class ParseLimitError extends Error {
  override name = 'ParseLimitError';
}
