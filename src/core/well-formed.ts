/**
 * Half of a UTF-16 surrogate pair without its other half. JSON and HCL escapes (`"\ud800"`) can write
 * one; `encodeURIComponent` refuses it, and UTF-8 has no bytes for it.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text with each lone surrogate replaced by U+FFFD, as a UTF-8 encoder writes it. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}
