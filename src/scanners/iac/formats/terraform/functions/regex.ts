import { EvalError, ObjectValue, Unknown, type Value } from '../values';

/** Longer subjects are not matched against patterns that could backtrack badly. */
const MAX_SUBJECT = 20_000;

/**
 * Translates an RE2 pattern (Terraform's syntax) to a JavaScript RegExp. Patterns
 * with a quantified group that itself contains a quantifier can take exponential
 * time in a backtracking engine, so they give an unknown instead of a hang.
 */
export function compileRegex(pattern: string, flags = ''): RegExp | Unknown {
  let source = pattern;
  let extra = '';
  const inline = /^\(\?([imsU]+)\)/.exec(source);
  if (inline) {
    source = source.slice(inline[0].length);
    for (const flag of inline[1]!) if ('ims'.includes(flag) && !extra.includes(flag)) extra += flag;
  }
  source = source
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$');
  if (/\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/.test(source)) {
    return new Unknown('a regular expression with nested repetition (not evaluated)');
  }
  try {
    return new RegExp(source, flags + extra + 'u');
  } catch {
    try {
      return new RegExp(source, flags + extra);
    } catch (error) {
      throw new EvalError(`invalid regular expression: ${(error as Error).message}`);
    }
  }
}

function matchValue(match: RegExpExecArray): Value {
  if (match.groups && Object.keys(match.groups).length > 0) {
    return new ObjectValue(
      new Map(Object.entries(match.groups).map(([name, value]) => [name, value ?? null])),
    );
  }
  if (match.length === 1) return match[0];
  return match.slice(1).map((group) => group ?? null);
}

export function regexMatch(pattern: string, subject: string, all: boolean): Value {
  const regex = compileRegex(pattern, all ? 'g' : '');
  if (regex instanceof Unknown) return regex;
  if (subject.length > MAX_SUBJECT && /[+*{]/.test(pattern))
    return new Unknown('a regular expression on a very long string (not evaluated)');
  if (!all) {
    const match = regex.exec(subject);
    if (!match) throw new EvalError('the pattern did not match the string');
    return matchValue(match);
  }
  const out: Value[] = [];
  for (const match of subject.matchAll(regex)) {
    out.push(matchValue(match));
    if (out.length > 100_000) break;
  }
  return out;
}
