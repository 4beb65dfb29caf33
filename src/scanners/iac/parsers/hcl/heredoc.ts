import type { FlatPart } from './template-parser';

/**
 * `<<-` heredocs lose the indentation their lines share. As HCL specifies it: the
 * smallest count of leading whitespace characters over the lines is removed from
 * each line; blank lines do not count, and a line starting with an interpolation
 * or directive has no indentation. The lexer gives one text part per line, so a
 * text part that follows a line break starts a line.
 */
export function flushIndentation(parts: FlatPart[]): void {
  let smallest = Number.MAX_SAFE_INTEGER;
  let atLineStart = true;
  const adjust: { kind: 'text'; value: string }[] = [];
  for (const part of parts) {
    if (atLineStart) {
      atLineStart = false;
      if (part.kind === 'text') {
        const indent = leadingWhitespace(part.value);
        const blank = indent.length === part.value.length - 1 && part.value.endsWith('\n');
        if (!blank) {
          smallest = Math.min(smallest, [...indent].length);
          adjust.push(part);
        }
      } else smallest = 0;
    }
    if (part.kind === 'text' && part.value.endsWith('\n')) atLineStart = true;
  }
  if (smallest === 0 || smallest === Number.MAX_SAFE_INTEGER) return;
  for (const part of adjust) {
    const characters = [...leadingWhitespace(part.value)].slice(0, smallest).join('');
    part.value = part.value.slice(characters.length);
  }
}

function leadingWhitespace(text: string): string {
  return /^[^\S\n]*/u.exec(text)![0];
}
