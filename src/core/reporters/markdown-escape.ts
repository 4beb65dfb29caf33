/**
 * Escaping for text that comes from a report, which may have been written by an untrusted job (a fork's
 * pull request). Every ASCII character that Markdown, GitHub-flavoured tables or HTML give a meaning to is
 * written as a numeric character reference: CommonMark treats such references as literal text, never as
 * structure, so the result is inert in a paragraph, a table cell, a list item and inside inline HTML
 * (`<code>`, `<summary>`). `@` and `#` get a zero-width space after them, so a string cannot mention a
 * user or team, or link an issue. Line breaks and control characters become spaces, so a string cannot
 * start a new block; bidirectional overrides are dropped (they can make text read differently than it is).
 *
 * Never put the output inside a code span or fenced block: references are not decoded there.
 */
export function escapeMarkdown(text: string, maxLength = 500): string {
  const short = cut(text, maxLength);
  // A native test, then a native replace where needed, not a loop per character: rule help runs to
  // tens of kilobytes per report.
  return NEEDS_ESCAPE.test(short) ? short.replace(ESCAPED_CHARS, escapeChar) : short;
}

/**
 * Like escapeMarkdown, but keeps short single-line code spans (`like this`) of prose such as rule
 * descriptions: inside a code span nothing is markup, so they are safe as they are. Not for table cells,
 * where a `|` inside a code span still splits the cell.
 */
export function escapeMarkdownProse(text: string, maxLength = 2000): string {
  const short = cut(text, maxLength);
  let out = '';
  let last = 0;
  for (const match of short.matchAll(CODE_SPAN)) {
    out += escapeMarkdown(short.slice(last, match.index), Infinity);
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + escapeMarkdown(short.slice(last), Infinity);
}

const CODE_SPAN =
  /`[^`\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2060-\u2069]{1,200}`/gu;

const ENTITY_CHARS = '&<>"\'`*_[](){}!|~\\$:+-.';
/** Control characters and line breaks, which become spaces. */
const CONTROL = '\u0000-\u001f\u007f-\u009f\u2028\u2029';
/** Zero-width characters and bidirectional controls, which are dropped. */
const INVISIBLE = '\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff';
const CHAR_CLASS = `[${ENTITY_CHARS.replace(/[\\\]\[^-]/g, '\\$&')}@#${CONTROL}${INVISIBLE}]`;
const NEEDS_ESCAPE = new RegExp(CHAR_CLASS);
const ESCAPED_CHARS = new RegExp(CHAR_CLASS, 'g');
const IS_CONTROL = new RegExp(`[${CONTROL}]`);
const ZERO_WIDTH_SPACE = '&#8203;';

/** None of these characters is outside the Basic Multilingual Plane, so a UTF-16 unit is a character. */
function escapeChar(char: string): string {
  if (char === '@' || char === '#') return `&#${char.charCodeAt(0)};${ZERO_WIDTH_SPACE}`;
  if (IS_CONTROL.test(char)) return ' ';
  if (ENTITY_CHARS.includes(char)) return `&#${char.charCodeAt(0)};`;
  // What is left of the class is invisible: dropped.
  return '';
}

/** Shortens to at most `maxLength` characters (code points), marking the cut with an ellipsis. */
export function cut(text: string, maxLength: number): string {
  // A text has no more characters than UTF-16 units.
  if (text.length <= maxLength) return text;
  const chars = Array.from(text);
  if (chars.length <= maxLength) return text;
  return `${chars.slice(0, Math.max(0, maxLength - 1)).join('')}…`;
}

/** An `<code>` element around escaped text: safe in table cells, unlike a code span. */
export function codeHtml(text: string, maxLength = 200): string {
  return `<code>${escapeMarkdown(text, maxLength)}</code>`;
}

/**
 * A URL that may appear in a Markdown link: https only, and percent-encoded so that no character of it can
 * end the link or the table cell it sits in. Returns undefined for anything else (javascript:, data:, relative).
 */
export function safeLinkUrl(url: string): string | undefined {
  if (url.length > 2000) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return undefined;
  return parsed.href.replace(
    /[()[\]<>"'`|\\ *_~$!{}]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A Markdown link with escaped text, or the escaped text alone when the URL is not safe. */
export function markdownLink(text: string, url: string | undefined, maxLength = 200): string {
  const safe = url === undefined ? undefined : safeLinkUrl(url);
  const label = escapeMarkdown(text, maxLength);
  return safe ? `[${label}](${safe})` : label;
}
