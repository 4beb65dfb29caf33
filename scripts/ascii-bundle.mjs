// Rewrites a bundle so that its text is ASCII and its program the same, by writing each other
// character as an escape. One character outside ASCII (a dash in a message, an emoji in a heading)
// makes V8 hold the whole file as two bytes per character: reading a 2.4 MB chunk then took 22 ms
// instead of 9, and hashing it for the code cache and parsing its functions slowed the same way.
//
// Where a character is decides its escape, so the file is read with acorn's tokenizer:
// - in comments, in strings and in untagged templates, `\uXXXX` (a pair of them past U+FFFF) means
//   the same text; an identity escape before the character (`\é`) is replaced by that escape;
// - in regular expressions the same, or `\u{...}` past U+FFFF under the `u` and `v` flags;
// - in names, `\uXXXX` or `\u{...}`, which JavaScript reads as the character itself.
// Anywhere else (a tagged template, whose raw text its tag can read; a no-break space between
// tokens; a line or paragraph separator) the rewrite would change the program, and it throws.
import { tokenizer, tokTypes } from 'acorn';

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The source with every character outside ASCII escaped; the source itself when it has none. The
 * result is read again and must give the same tokens, with the same values, as the source.
 */
export function asciiOnly(source, file) {
  if (!NON_ASCII.test(source)) return source;
  const ascii = escapeAll(source, file);
  verifySameTokens(source, ascii, file);
  return ascii;
}

function escapeAll(source, file) {
  const regions = regionsOf(source, file);
  let out = '';
  let copied = 0;
  let at = 0;
  for (let index = 0; index < source.length;) {
    const code = source.codePointAt(index);
    const width = code > 0xffff ? 2 : 1;
    if (code < 0x80) {
      index += width;
      continue;
    }
    while (regions[at] && regions[at].end <= index) at++;
    const region = regions[at] && regions[at].start <= index ? regions[at] : undefined;
    const { escape, dropBackslash } = escapeIn(region, source, index, code, file);
    out += source.slice(copied, dropBackslash ? index - 1 : index) + escape;
    index += width;
    copied = index;
  }
  return out + source.slice(copied);
}

const OPTIONS = {
  ecmaVersion: 'latest',
  sourceType: 'script',
  allowHashBang: true,
  allowReturnOutsideFunction: true,
};

/** Comments and tokens that hold characters outside ASCII, in source order. */
function regionsOf(source, file) {
  const regions = [];
  const hasNonAscii = (start, end) => NON_ASCII.test(source.slice(start, end));
  const onComment = (_block, _text, start, end) => {
    if (hasNonAscii(start, end)) regions.push({ start, end, kind: 'comment' });
  };
  const tokens = tokenizer(source, { ...OPTIONS, onComment });
  let before;
  let tagged = false;
  try {
    for (const token of tokens) {
      const type = token.type;
      if (type === tokTypes.backQuote) {
        // An opening backquote right after something a tag can end with starts a tagged template.
        const opening = !(
          before &&
          (before.type === tokTypes.template || before.type === tokTypes.invalidTemplate)
        );
        if (opening) tagged = before !== undefined && canEndTag(before);
      }
      const kind = kindOf(type, tagged);
      if (kind && hasNonAscii(token.start, token.end))
        regions.push({ start: token.start, end: token.end, kind, flags: token.value?.flags });
      before = token;
    }
  } catch (error) {
    throw new Error(`${file}: cannot read as JavaScript: ${error.message}`);
  }
  return regions.sort((a, b) => a.start - b.start);
}

/** The same tokens in the same order, and the same values where a value is text or a name. */
function verifySameTokens(source, ascii, file) {
  const original = [...tokenizer(source, OPTIONS)];
  const rewritten = [...tokenizer(ascii, OPTIONS)];
  if (original.length !== rewritten.length) {
    throw new Error(
      `${file}: escaping changed the number of tokens (${original.length} to ${rewritten.length})`,
    );
  }
  original.forEach((token, index) => {
    const other = rewritten[index];
    const same =
      token.type === other.type &&
      (token.type === tokTypes.regexp
        ? token.value.flags === other.value.flags
        : typeof token.value !== 'string' || token.value === other.value);
    if (!same) throw new Error(`${file}:${lineOf(source, token.start)}: escaping changed a token`);
  });
}

function canEndTag(token) {
  const type = token.type;
  return (
    type === tokTypes.name ||
    type === tokTypes.parenR ||
    type === tokTypes.bracketR ||
    type === tokTypes.backQuote ||
    type === tokTypes._this ||
    type === tokTypes._super ||
    type === tokTypes.privateId
  );
}

function kindOf(type, tagged) {
  if (type === tokTypes.string) return 'string';
  if (type === tokTypes.template || type === tokTypes.invalidTemplate) return tagged ? 'tagged' : 'string';
  if (type === tokTypes.regexp) return 'regexp';
  if (type === tokTypes.name || type === tokTypes.privateId) return 'name';
  return undefined;
}

function escapeIn(region, source, index, code, file) {
  const where = () => `${file}:${lineOf(source, index)}`;
  if (code === 0x2028 || code === 0x2029) {
    throw new Error(
      `${where()}: a line or paragraph separator, which cannot be escaped without changing the program`,
    );
  }
  if (!region) {
    throw new Error(
      `${where()}: U+${hex(code)} between tokens, which cannot be escaped without changing the program`,
    );
  }
  const escaped = isEscaped(source, index);
  switch (region.kind) {
    case 'comment':
      return { escape: units(code), dropBackslash: false };
    case 'string':
      return { escape: units(code), dropBackslash: escaped };
    case 'regexp': {
      const unicode = /[uv]/.test(region.flags ?? '');
      return { escape: code > 0xffff && unicode ? `\\u{${hex(code)}}` : units(code), dropBackslash: escaped };
    }
    case 'name':
      return { escape: code > 0xffff ? `\\u{${hex(code)}}` : units(code), dropBackslash: false };
    default:
      throw new Error(`${where()}: U+${hex(code)} in a tagged template, whose tag can read the raw text`);
  }
}

/** An odd run of backslashes before the character escapes it. */
function isEscaped(source, index) {
  let count = 0;
  while (source.charCodeAt(index - 1 - count) === 0x5c) count++;
  return count % 2 === 1;
}

function units(code) {
  const text = String.fromCodePoint(code);
  let escape = '';
  for (let index = 0; index < text.length; index++) escape += `\\u${hex(text.charCodeAt(index))}`;
  return escape;
}

function hex(code) {
  return code.toString(16).toUpperCase().padStart(4, '0');
}

function lineOf(source, index) {
  let line = 1;
  for (let at = source.indexOf('\n'); at !== -1 && at < index; at = source.indexOf('\n', at + 1)) line++;
  return line;
}
