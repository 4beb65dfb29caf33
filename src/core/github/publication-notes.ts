import type { PublishResult } from './publish-types';

/** The "Publishing" section of the job summary: what went where, and what did not and why. */
export function publicationNotes(
  result: PublishResult,
  omittedAnnotations: number,
  readOnlyReason?: string,
): string {
  const lines: string[] = [];
  if (readOnlyReason)
    lines.push(`- ${readOnlyReason}: nothing was written to the pull request or to code scanning.`);
  if (result.review) {
    const review = result.review;
    lines.push(
      `- Review: ${review.comments} new inline comment${review.comments === 1 ? '' : 's'}` +
        (review.posted > review.comments ? ` on ${review.posted} findings` : '') +
        `, ${review.alreadyCommented} finding${review.alreadyCommented === 1 ? '' : 's'} already commented, ` +
        `${review.resolved + review.markedFixed} fixed thread${review.resolved + review.markedFixed === 1 ? '' : 's'} closed` +
        (review.overCap > 0 ? `, ${review.overCap} over the per-run limit` : '') +
        '.',
    );
    if (review.rejected)
      lines.push(
        `- GitHub refused the review (${oneLine(review.rejected)}); its findings are in the summary comment.`,
      );
  }
  if (result.sticky) lines.push(`- Summary comment ${result.sticky.action}.`);
  if (result.sarifId) lines.push(`- SARIF uploaded to code scanning (id \`${result.sarifId}\`).`);
  for (const note of result.sarifNotes) lines.push(`- SARIF: ${oneLine(note)}`);
  if (omittedAnnotations > 0) {
    lines.push(
      `- ${omittedAnnotations} finding${omittedAnnotations === 1 ? ' was' : 's were'} not annotated (GitHub shows 10 per level and step); they are listed above.`,
    );
  }
  for (const problem of result.problems) lines.push(`- ⚠️ ${oneLine(problem)}`);
  lines.push(`- Files: \`${result.sarifFile}\`, \`${result.reportFile}\`.`);
  return `### Publishing\n\n${lines.join('\n')}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}
