/** A simple command of a shell script: its words, where it starts, and the operator that follows it. */
export interface ShellCommand {
  words: string[];
  /** Offset of the first word in the script. */
  start: number;
  /** `|`, `&&`, `||`, `;`, `&`, a newline, or '' at the end. */
  operator: string;
}

const OPERATORS = ['&&', '||', '|', ';', '&', '\n'];

/**
 * Splits a POSIX shell script into simple commands, well enough for rules to look at what runs:
 * quotes and escapes are honoured, comments dropped, `(`/`)` of subshells treated as separators.
 * `$(...)` and `<(...)` stay inside their word so a command substitution remains visible.
 * Linear in the length of the script.
 */
export function shellCommands(script: string): ShellCommand[] {
  const commands: ShellCommand[] = [];
  let words: string[] = [];
  let start = -1;
  let word: string | undefined;
  const endWord = () => {
    if (word !== undefined) words.push(word);
    word = undefined;
  };
  const endCommand = (operator: string) => {
    endWord();
    if (words.length > 0) commands.push({ words, start, operator });
    words = [];
    start = -1;
  };
  const append = (chars: string, at: number) => {
    if (word === undefined && words.length === 0) start = at;
    word = (word ?? '') + chars;
  };
  let index = 0;
  while (index < script.length) {
    const char = script[index]!;
    if (char === '\\') {
      if (script[index + 1] !== '\n' && index + 1 < script.length) append(script[index + 1]!, index);
      index += 2;
    } else if (char === "'" || char === '"') {
      const close = findClosingQuote(script, index);
      const inner = script.slice(index + 1, close);
      append(char === '"' ? inner.replace(/\\(["\\$`])/g, '$1') : inner, index);
      index = close + 1;
    } else if (char === '#' && word === undefined) {
      const newline = script.indexOf('\n', index);
      index = newline === -1 ? script.length : newline;
    } else if ((char === '$' || char === '<' || char === '>') && script[index + 1] === '(') {
      append(char + '(', index);
      index += 2;
    } else if (char === '(' || char === ')' || char === '{' || char === '}') {
      if (word === undefined || char === '(') endCommand(';');
      else append(char, index);
      index++;
    } else if (char === ' ' || char === '\t' || char === '\r') {
      endWord();
      index++;
    } else {
      // `2>&1` and `>&2` are redirections, not the background operator.
      const redirect = char === '&' && (script[index - 1] === '>' || script[index - 1] === '<');
      const operator = redirect
        ? undefined
        : OPERATORS.find((candidate) => script.startsWith(candidate, index));
      if (operator) {
        endCommand(operator);
        index += operator.length;
      } else {
        append(char, index);
        index++;
      }
    }
  }
  endCommand('');
  return commands;
}

function findClosingQuote(script: string, open: number): number {
  const quote = script[open]!;
  for (let index = open + 1; index < script.length; index++) {
    if (quote === '"' && script[index] === '\\') index++;
    else if (script[index] === quote) return index;
  }
  return script.length;
}

const WRAPPERS = new Set([
  'sudo',
  'doas',
  'env',
  'time',
  'nice',
  'nohup',
  'exec',
  'command',
  'builtin',
  'xargs',
]);

/**
 * The words from the program on: skips `NAME=value` assignments and wrappers such as `sudo` and `env`
 * (with their options), so `sudo -E apt-get install` is seen as `apt-get install`.
 */
export function programWords(command: ShellCommand): string[] {
  const words = command.words;
  let index = 0;
  while (index < words.length) {
    const word = words[index]!;
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) index++;
    else if (WRAPPERS.has(baseName(word))) {
      index++;
      while (index < words.length && words[index]!.startsWith('-')) index++;
    } else break;
  }
  return words.slice(index);
}

/** `/usr/bin/apt-get` and `apt-get` alike. */
export function baseName(word: string): string {
  return word.slice(word.lastIndexOf('/') + 1);
}

/** The first argument that is not an option: the subcommand of `apt-get -y install x`. */
export function subcommand(words: string[], optionsWithValue: readonly string[] = []): string | undefined {
  for (let index = 1; index < words.length; index++) {
    const word = words[index]!;
    if (optionsWithValue.includes(word)) index++;
    else if (!word.startsWith('-')) return word;
  }
  return undefined;
}
