import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type Pair,
} from 'yaml';
import type { CloudgateConfig, ConfigSuppression } from './config';
import { SEVERITIES, type Severity } from './severity';

export interface ConfigProblem {
  line: number;
  column: number;
  message: string;
}

export interface ParsedConfig {
  config: CloudgateConfig;
  problems: ConfigProblem[];
}

const TOP_KEYS = ['rules', 'severity', 'exclude', 'suppressions', 'fail-on', 'baseline'];
const RULES_KEYS = ['disable', 'enable'];
const SUPPRESSION_KEYS = ['rule', 'paths', 'resources', 'reason', 'expires'];

interface Item {
  value: string;
  node: Node;
}

/** Parses and validates the text of a config file, collecting every problem instead of stopping at the first. */
export function parseConfigText(
  text: string,
  options: { knownRuleIds?: readonly string[]; sourceLabel: string },
): ParsedConfig {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const reader = new ConfigReader(doc, lines, options.knownRuleIds, options.sourceLabel);
  if (doc.errors.length > 0) {
    for (const error of doc.errors)
      reader.problemAt(error.pos[0], `invalid YAML: ${error.message.split('\n')[0]}`);
  } else {
    reader.read(doc.contents);
  }
  const problems = reader.problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { config: reader.config, problems };
}

class ConfigReader {
  readonly problems: ConfigProblem[] = [];
  readonly config: CloudgateConfig = { rules: { disable: [] }, severity: {}, exclude: [], suppressions: [] };
  private readonly known?: Map<string, string>;

  constructor(
    private readonly doc: Document,
    private readonly lines: LineCounter,
    knownRuleIds: readonly string[] | undefined,
    private readonly sourceLabel: string,
  ) {
    if (knownRuleIds) this.known = new Map(knownRuleIds.map((id) => [id.toLowerCase(), id]));
  }

  read(contents: Node | null): void {
    if (contents === null || (isScalar(contents) && contents.value === null)) return;
    const pairs = this.pairs(contents, 'the config file', TOP_KEYS);
    for (const [key, value, keyNode] of pairs) {
      if (key === 'rules') this.readRules(value, keyNode);
      else if (key === 'severity') this.readSeverities(value, keyNode);
      else if (key === 'exclude') this.readExclude(value, keyNode);
      else if (key === 'suppressions') this.readSuppressions(value, keyNode);
      else if (key === 'fail-on') this.readFailOn(value, keyNode);
      else if (key === 'baseline') this.readBaseline(value, keyNode);
    }
  }

  private readRules(node: Node | null, keyNode: Node): void {
    for (const [key, value, subKey] of this.pairs(node ?? keyNode, '`rules`', RULES_KEYS)) {
      const ids = this.ruleIds(value, subKey, `rules.${key}`);
      if (key === 'disable') this.config.rules.disable = ids.map((item) => item.value);
      else this.config.rules.enable = ids.map((item) => item.value);
    }
    const { enable, disable } = this.config.rules;
    for (const id of enable ?? []) {
      if (disable.some((other) => other.toLowerCase() === id.toLowerCase())) {
        this.problem(node ?? keyNode, `rule ${id} is both enabled and disabled; keep it in one list`);
      }
    }
  }

  private readSeverities(node: Node | null, keyNode: Node): void {
    for (const [key, value, subKey] of this.pairs(node ?? keyNode, '`severity`')) {
      if (!this.checkRuleId(key, subKey)) continue;
      const severity = this.severity(value, subKey, `severity of ${key}`, false);
      if (severity && severity !== 'none') this.config.severity[key] = severity;
    }
  }

  private readSuppressions(node: Node | null, keyNode: Node): void {
    const list = this.resolve(node);
    if (!isSeq(list)) {
      this.problem(node ?? keyNode, '`suppressions` must be a list of entries with `rule` and `reason`');
      return;
    }
    list.items.forEach((item, index) => {
      const suppression = this.readSuppression(item as Node, index);
      if (suppression) this.config.suppressions.push(suppression);
    });
  }

  private readSuppression(node: Node, index: number): ConfigSuppression | undefined {
    const where = `suppressions[${index}]`;
    const fields: Partial<ConfigSuppression> = {};
    const isEntry = isMap(this.resolve(node));
    let valid = isEntry;
    const pairs = this.pairs(node, `\`${where}\``, SUPPRESSION_KEYS);
    for (const [key, value, keyNode] of pairs) {
      if (key === 'paths' || key === 'resources') {
        fields[key] = this.strings(value, keyNode, `${where}.${key}`).map((item) => item.value);
        continue;
      }
      const text = this.string(value, keyNode, `${where}.${key}`);
      if (text === undefined) valid = false;
      else if (key === 'rule') valid = this.checkRuleId(text, value ?? keyNode) && valid;
      else if (key === 'expires') valid = this.checkDate(text, value ?? keyNode) && valid;
      if (text !== undefined) fields[key as 'rule' | 'reason' | 'expires'] = text;
    }
    for (const required of ['rule', 'reason'] as const) {
      if (!isEntry || pairs.some(([key]) => key === required)) continue;
      const what = required === 'reason' ? 'a `reason` (why the finding is accepted)' : 'a `rule` id';
      this.problem(node, `${where} needs ${what}`);
      valid = false;
    }
    if (!valid) return undefined;
    return { ...(fields as ConfigSuppression), source: `${this.sourceLabel}:${this.position(node).line}` };
  }

  private readExclude(node: Node | null, keyNode: Node): void {
    this.config.exclude = this.strings(node, keyNode, 'exclude').map((item) => item.value);
  }

  private readFailOn(node: Node | null, keyNode: Node): void {
    const severity = this.severity(node, keyNode, '`fail-on`', true);
    if (severity) this.config.failOn = severity;
  }

  private readBaseline(node: Node | null, keyNode: Node): void {
    const file = this.string(node, keyNode, '`baseline`');
    if (file !== undefined) this.config.baseline = file;
  }

  /** The entries of a map, with keys checked against `allowed` when given. */
  private pairs(node: Node | null, what: string, allowed?: readonly string[]): [string, Node | null, Node][] {
    const map = this.resolve(node);
    if (!isMap(map)) {
      const expected = allowed ? ` with the keys ${allowed.join(', ')}` : '';
      this.problem(node, `${what} must be a map${expected}`);
      return [];
    }
    const result: [string, Node | null, Node][] = [];
    for (const pair of map.items as Pair<Node | null, Node | null>[]) {
      const keyNode = pair.key ?? map;
      const key = isScalar(keyNode) ? String(keyNode.value) : undefined;
      if (key === undefined) {
        this.problem(keyNode, `keys of ${what} must be plain words`);
      } else if (allowed && !allowed.includes(key)) {
        const hint = suggestion(key, allowed);
        this.problem(
          keyNode,
          `unknown key "${key}" in ${what}; ${hint ? `did you mean ${hint}?` : `expected one of ${allowed.join(', ')}`}`,
        );
      } else {
        result.push([key, pair.value, keyNode]);
      }
    }
    return result;
  }

  private strings(node: Node | null, keyNode: Node, what: string): Item[] {
    const list = this.resolve(node);
    if (!isSeq(list)) {
      this.problem(node ?? keyNode, `${what} must be a list of strings, e.g. [value1, value2]`);
      return [];
    }
    const result: Item[] = [];
    for (const item of list.items as Node[]) {
      const value = this.string(item, item ?? list, `each entry of ${what}`);
      if (value !== undefined) result.push({ value, node: item });
    }
    return result;
  }

  private ruleIds(node: Node | null, keyNode: Node, what: string): Item[] {
    return this.strings(node, keyNode, what).filter((item) => this.checkRuleId(item.value, item.node));
  }

  private string(node: Node | null, keyNode: Node, what: string): string | undefined {
    const scalar = this.resolve(node);
    if (!isScalar(scalar) || typeof scalar.value !== 'string' || scalar.value.trim() === '') {
      this.problem(node ?? keyNode, `${what} must be a non-empty string`);
      return undefined;
    }
    return scalar.value.trim();
  }

  private severity(
    node: Node | null,
    keyNode: Node,
    what: string,
    allowNone: boolean,
  ): Severity | 'none' | undefined {
    const scalar = this.resolve(node);
    const text =
      isScalar(scalar) && typeof scalar.value === 'string' ? scalar.value.trim().toLowerCase() : undefined;
    const allowed: string[] = allowNone ? [...SEVERITIES, 'none'] : [...SEVERITIES];
    if (text !== undefined && allowed.includes(text)) return text as Severity | 'none';
    const shown = isScalar(scalar) ? `"${String(scalar.value)}"` : 'this value';
    const hint = text === undefined ? undefined : suggestion(text, allowed);
    this.problem(
      node ?? keyNode,
      `${what}: ${shown} is not one of ${allowed.join(', ')}${hint ? `; did you mean ${hint}?` : ''}`,
    );
    return undefined;
  }

  private checkRuleId(id: string, node: Node): boolean {
    if (!this.known || this.known.has(id.toLowerCase())) return true;
    const hint = suggestion(id, [...this.known.values()]);
    const advice = hint ? `did you mean ${hint}?` : '`cloudgate rules` lists every rule id';
    this.problem(node, `unknown rule id "${id}"; ${advice}`);
    return false;
  }

  private checkDate(text: string, node: Node): boolean {
    if (isCalendarDate(text)) return true;
    this.problem(node, `"${text}" is not a date; write it as YYYY-MM-DD (quoted or not)`);
    return false;
  }

  private resolve(node: Node | null): Node | null {
    return node && isAlias(node) ? (node.resolve(this.doc) ?? null) : node;
  }

  private problem(node: Node | null, message: string): void {
    this.problemAt(node?.range?.[0] ?? 0, message);
  }

  problemAt(offset: number, message: string): void {
    const { line, column } = this.positionAt(offset);
    this.problems.push({ line, column, message });
  }

  private position(node: Node): { line: number; column: number } {
    return this.positionAt(node.range?.[0] ?? 0);
  }

  private positionAt(offset: number): { line: number; column: number } {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
}

export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The closest candidate by edit distance (case-insensitive), when it is close enough to be a typo. */
export function suggestion(input: string, candidates: readonly string[]): string | undefined {
  const lower = input.toLowerCase();
  const limit = Math.max(2, Math.floor(lower.length * 0.4));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - lower.length) > limit) continue;
    const distance = editDistance(lower, candidate.toLowerCase(), limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Levenshtein distance; stops early once every path exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return rowMin;
    previous = current;
  }
  return previous[b.length]!;
}
