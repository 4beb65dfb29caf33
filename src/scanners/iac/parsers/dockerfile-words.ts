/** Word-level reading of Dockerfile arguments: quoting, flags, key=value pairs and ARG substitution. */

export interface Word {
  /** With quotes removed and escapes resolved. */
  value: string;
  /** Offsets of the raw word in the text it was read from (end exclusive). */
  start: number;
  end: number;
}

export interface Flag {
  name: string;
  /** Undefined for a bare flag such as `--link`. */
  value: string | undefined;
}

/**
 * Splits on unquoted whitespace the way BuildKit reads FROM, ENV, ARG, LABEL and flags: single quotes
 * are literal, double quotes allow escaping, the escape character outside quotes takes the next
 * character literally. Linear in the length of the text.
 */
export function splitWords(text: string, escape = '\\', from = 0, stopAtNonFlag = false): Word[] {
  const words: Word[] = [];
  let index = from;
  while (index < text.length) {
    while (index < text.length && isSpace(text[index]!)) index++;
    if (index >= text.length) break;
    if (stopAtNonFlag && !text.startsWith('--', index)) break;
    const start = index;
    let value = '';
    let quote: string | undefined;
    for (; index < text.length; index++) {
      const char = text[index]!;
      if (!quote && isSpace(char)) break;
      if (char === escape && quote !== "'" && index + 1 < text.length) {
        value += text[++index];
      } else if (quote && char === quote) {
        quote = undefined;
      } else if (!quote && (char === '"' || char === "'")) {
        quote = char;
      } else {
        value += char;
      }
    }
    words.push({ value, start, end: index });
  }
  return words;
}

/** Leading `--name[=value]` words; `--` alone ends them. Returns where the remaining arguments start. */
export function extractFlags(text: string, escape = '\\'): { flags: Flag[]; rest: number } {
  const flags: Flag[] = [];
  let rest = 0;
  for (const word of splitWords(text, escape, 0, true)) {
    rest = word.end;
    if (word.value === '--') break;
    const body = word.value.slice(2);
    const equals = body.indexOf('=');
    flags.push(
      equals === -1
        ? { name: body.toLowerCase(), value: undefined }
        : { name: body.slice(0, equals).toLowerCase(), value: body.slice(equals + 1) },
    );
  }
  while (rest < text.length && isSpace(text[rest]!)) rest++;
  return { flags, rest };
}

export interface KeyValue {
  key: string;
  /** Undefined for `ARG NAME` without a default. */
  value: string | undefined;
  start: number;
  end: number;
}

/**
 * `KEY=value` pairs of ENV, ARG and LABEL; also the legacy `ENV KEY value with spaces` form,
 * where everything after the first word is the value.
 */
export function keyValues(text: string, escape = '\\', legacyForm = false): KeyValue[] {
  const words = splitWords(text, escape);
  const first = words[0];
  if (!first) return [];
  if (legacyForm && !first.value.includes('=')) {
    const valueWords = words.slice(1);
    const last = valueWords[valueWords.length - 1];
    return [
      {
        key: first.value,
        value: valueWords.map((word) => word.value).join(' '),
        start: first.start,
        end: last ? last.end : first.end,
      },
    ];
  }
  return words.map((word) => {
    const equals = word.value.indexOf('=');
    return equals === -1
      ? { key: word.value, value: undefined, start: word.start, end: word.end }
      : {
          key: word.value.slice(0, equals),
          value: word.value.slice(equals + 1),
          start: word.start,
          end: word.end,
        };
  });
}

export type Substituted = { value: string } | { unknown: string };

const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/**
 * Replaces `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alternative}` with known values. A
 * variable without a known value (no default; set only by --build-arg) makes the result unknown, as
 * does any other `${...}` modifier.
 */
export function substitute(text: string, variables: ReadonlyMap<string, string | undefined>): Substituted {
  if (!text.includes('$')) return { value: text };
  let unknown: string | undefined;
  const value = text.replace(
    VARIABLE,
    (whole, braced?: string, operator?: string, word?: string, bare?: string) => {
      const name = (braced ?? bare)!;
      const known = variables.get(name);
      const set = known !== undefined && (known !== '' || !operator?.startsWith(':'));
      if (operator?.endsWith('-')) return set ? known! : (word ?? '');
      if (operator?.endsWith('+')) {
        if (!variables.has(name)) return '';
        if (known === undefined) unknown ??= `\${${name}} depends on a build argument without a default`;
        return set ? (word ?? '') : '';
      }
      if (known === undefined) {
        unknown ??= variables.has(name)
          ? `ARG ${name} has no default; its value comes from --build-arg`
          : `${whole} is not declared with ARG before the first FROM`;
      }
      return known ?? '';
    },
  );
  if (unknown) return { unknown };
  if (/\$\{/.test(value)) return { unknown: `unsupported substitution in "${text}"` };
  return { value };
}

function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
