/** GitHub refuses a step's job summary over 1 MiB. */
export const JOB_SUMMARY_MAX_BYTES = 1024 * 1024;

/** Keeps a job summary under GitHub's limit, cutting at a line break with a note that says so. */
export function fitJobSummary(markdown: string, maxBytes = JOB_SUMMARY_MAX_BYTES - 8 * 1024): string {
  if (Buffer.byteLength(markdown, 'utf8') <= maxBytes) return markdown;
  const note =
    "\n\n> [!WARNING]\n> The summary was cut to stay under GitHub's 1 MiB limit. The SARIF file and the JSON report have every finding.\n";
  const budget = maxBytes - Buffer.byteLength(note, 'utf8');
  const head = Buffer.from(markdown, 'utf8')
    .subarray(0, Math.max(0, budget))
    .toString('utf8')
    .replace(/\uFFFD+$/u, '');
  const lastBreak = head.lastIndexOf('\n');
  return `${lastBreak > 0 ? head.slice(0, lastBreak) : ''}${note}`;
}

/**
 * A scanner's extra section, kept to `maxBytes` (cut at a line break, so a table keeps whole rows) and
 * unable to open an HTML comment, which could pass for one of cloudgate's hidden markers.
 */
export function fitAppendix(markdown: string, maxBytes: number): string {
  const text = markdown.trim().replace(/<!--/g, '&#60;!--');
  if (text === '' || Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const note = '\n\n> Shortened to stay under the size limit; the JSON report has everything.';
  const head = Buffer.from(text, 'utf8')
    .subarray(0, Math.max(0, maxBytes - Buffer.byteLength(note, 'utf8')))
    .toString('utf8');
  const lastBreak = head.lastIndexOf('\n');
  return lastBreak > 0 ? `${head.slice(0, lastBreak)}${note}` : '';
}
