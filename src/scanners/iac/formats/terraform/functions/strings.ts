import {
  asList,
  checkLength,
  checkSize,
  EvalError,
  toNumberValue,
  toStringValue,
  Unknown,
  type Value,
} from '../values';
import { formatString } from './format-verbs';
import { compileRegex, regexMatch } from './regex';
import type { FunctionTable } from './registry';

function text(value: Value, name: string): string {
  return toStringValue(value, `an argument of ${name}()`);
}

function formatlist(args: Value[]): Value {
  const [format, ...rest] = args;
  let length: number | undefined;
  for (const arg of rest) {
    if (!Array.isArray(arg)) continue;
    if (length !== undefined && arg.length !== length)
      throw new EvalError('formatlist() lists must have the same length');
    length = arg.length;
  }
  if (length === undefined) return [formatString(text(format!, 'formatlist'), rest)];
  checkSize(length, 'formatlist()');
  const out: Value[] = [];
  for (let index = 0; index < length; index++) {
    out.push(
      formatString(
        text(format!, 'formatlist'),
        rest.map((arg) => (Array.isArray(arg) ? arg[index]! : arg)),
      ),
    );
  }
  return out;
}

function join(args: Value[]): Value {
  const separator = text(args[0]!, 'join');
  const items = args
    .slice(1)
    .flatMap((list) => asList(list, 'a list of join()'))
    .map((item) => text(item, 'join'));
  checkLength(items.reduce((total, item) => total + item.length + separator.length, 0));
  return items.join(separator);
}

function replace(args: Value[]): Value {
  const [subject, search, replacement] = args.map((arg) => text(arg, 'replace'));
  if (search!.length > 1 && search!.startsWith('/') && search!.endsWith('/')) {
    const regex = compileRegex(search!.slice(1, -1), 'g');
    if (regex instanceof Unknown) return regex;
    const goStyle = replacement!.replace(/\$\{(\w+)\}/g, (_, name: string) =>
      /^\d+$/.test(name) ? `$${name}` : `$<${name}>`,
    );
    let length = subject!.length;
    return subject!.replace(regex, (...match: unknown[]) => {
      const expanded = expandReplacement(goStyle, match);
      length += expanded.length;
      checkLength(length);
      return expanded;
    });
  }
  if (search === '') return subject!;
  const pieces = subject!.split(search!);
  checkLength(subject!.length + (pieces.length - 1) * replacement!.length);
  return pieces.join(replacement!);
}

/** `$1` and `$<name>` in a regex replacement, as String.replace would expand them. */
function expandReplacement(template: string, match: unknown[]): string {
  const last = match[match.length - 1];
  const groups =
    typeof last === 'object' && last !== null ? (last as Record<string, string | undefined>) : {};
  const numbered = match.slice(0, typeof last === 'object' && last !== null ? -3 : -2) as (
    string | undefined
  )[];
  return template.replace(
    /\$(\$|<(\w+)>|(\d{1,2}))/g,
    (all, _token: string, name?: string, index?: string) => {
      if (all === '$$') return '$';
      if (name !== undefined) return groups[name] ?? '';
      return numbered[Number(index)] ?? '';
    },
  );
}

function substr(args: Value[]): Value {
  const characters = [...text(args[0]!, 'substr')];
  let offset = toNumberValue(args[1]!, 'the offset');
  const length = toNumberValue(args[2]!, 'the length');
  if (offset < 0) offset = Math.max(0, characters.length + offset);
  const end = length < 0 ? characters.length : offset + length;
  return characters.slice(offset, end).join('');
}

function trimChars(subject: string, characters: string, start: boolean, end: boolean): string {
  const set = new Set([...characters]);
  const list = [...subject];
  let from = 0;
  let to = list.length;
  while (start && from < to && set.has(list[from]!)) from++;
  while (end && to > from && set.has(list[to - 1]!)) to--;
  return list.slice(from, to).join('');
}

function indent(args: Value[]): Value {
  const spaces = ' '.repeat(Math.min(Math.max(0, toNumberValue(args[0]!, 'the indent')), 1000));
  const subject = text(args[1]!, 'indent');
  checkLength(subject.length + (subject.split('\n').length - 1) * spaces.length);
  return subject.replace(/\n/g, `\n${spaces}`);
}

function title(subject: string): string {
  return subject.replace(
    /(^|[^\p{L}\p{N}'])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

export const STRING_FUNCTIONS: FunctionTable = {
  format: {
    min: 1,
    max: Infinity,
    fn: ([format, ...rest], env) => formatString(text(format!, 'format'), rest, env.budget),
  },
  formatlist: { min: 1, max: Infinity, fn: formatlist },
  join: { min: 2, max: Infinity, fn: join },
  split: { min: 2, fn: ([separator, subject]) => text(subject!, 'split').split(text(separator!, 'split')) },
  replace: { min: 3, fn: replace },
  lower: { min: 1, fn: ([value]) => text(value!, 'lower').toLowerCase() },
  upper: { min: 1, fn: ([value]) => text(value!, 'upper').toUpperCase() },
  title: { min: 1, fn: ([value]) => title(text(value!, 'title')) },
  substr: { min: 3, fn: substr },
  trimspace: { min: 1, fn: ([value]) => text(value!, 'trimspace').trim() },
  trim: { min: 2, fn: ([value, chars]) => trimChars(text(value!, 'trim'), text(chars!, 'trim'), true, true) },
  trimprefix: {
    min: 2,
    fn: ([value, prefix]) => {
      const subject = text(value!, 'trimprefix');
      const start = text(prefix!, 'trimprefix');
      return subject.startsWith(start) ? subject.slice(start.length) : subject;
    },
  },
  trimsuffix: {
    min: 2,
    fn: ([value, suffix]) => {
      const subject = text(value!, 'trimsuffix');
      const end = text(suffix!, 'trimsuffix');
      return end && subject.endsWith(end) ? subject.slice(0, -end.length) : subject;
    },
  },
  chomp: { min: 1, fn: ([value]) => text(value!, 'chomp').replace(/(\r?\n)+$/, '') },
  startswith: {
    min: 2,
    fn: ([value, prefix]) => text(value!, 'startswith').startsWith(text(prefix!, 'startswith')),
  },
  endswith: { min: 2, fn: ([value, suffix]) => text(value!, 'endswith').endsWith(text(suffix!, 'endswith')) },
  strcontains: {
    min: 2,
    fn: ([value, part]) => text(value!, 'strcontains').includes(text(part!, 'strcontains')),
  },
  strrev: { min: 1, fn: ([value]) => [...text(value!, 'strrev')].reverse().join('') },
  indent: { min: 2, fn: indent },
  regex: {
    min: 2,
    fn: ([pattern, subject]) => regexMatch(text(pattern!, 'regex'), text(subject!, 'regex'), false),
  },
  regexall: {
    min: 2,
    fn: ([pattern, subject]) => regexMatch(text(pattern!, 'regexall'), text(subject!, 'regexall'), true),
  },
};
