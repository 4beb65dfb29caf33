import type { SecurityRule } from '@azure/arm-network';
import { child, items, str, type ModelNode } from '../../../iac/model/node';
import { declaredValue } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import type { SettingDiff } from '../drift-recorder';
import { sourcesCover } from '../address-ranges';
import { portEntries, portsCover } from '../port-entries';

/** A security rule in one spelling for the code and the live group. */
export interface NsgRule {
  name: string;
  direction: string;
  access: string;
  protocol: string;
  sources: string[];
  ports: string[];
  /** Where the code writes it (the inline block, or the separate rule's resource). */
  node?: ModelNode;
  declaredIn?: DeclaredResource;
}

const ANYWHERE = new Set(['*', '0.0.0.0/0', 'internet', 'any']);

function normalSource(source: string): string {
  const trimmed = source.trim();
  return ANYWHERE.has(trimmed.toLowerCase()) ? '*' : trimmed;
}

function textList(single: unknown, many: unknown): string[] | undefined {
  const list = Array.isArray(many) ? many : [];
  if (!list.every((entry) => typeof entry === 'string')) return undefined;
  const all = [...(typeof single === 'string' && single !== '' ? [single] : []), ...(list as string[])];
  return all.length > 0 ? all : undefined;
}

/** A rule of the code (an inline block or a separate resource's values); undefined when a field is not known. */
export function declaredRule(
  values: Record<string, unknown>,
): Omit<NsgRule, 'node' | 'declaredIn'> | undefined {
  const { name, direction, access, protocol } = values;
  const sources = textList(values.source_address_prefix, values.source_address_prefixes);
  const ports = textList(values.destination_port_range, values.destination_port_ranges);
  if (typeof name !== 'string' || typeof direction !== 'string' || typeof access !== 'string')
    return undefined;
  if (typeof protocol !== 'string' || !sources || !ports) return undefined;
  return {
    name,
    direction: direction.toLowerCase(),
    access: access.toLowerCase(),
    protocol,
    sources: sources.map(normalSource),
    ports: portEntries(protocol, ports),
  };
}

export function liveRule(rule: SecurityRule): NsgRule | undefined {
  const sources = textList(rule.sourceAddressPrefix, rule.sourceAddressPrefixes);
  const ports = textList(rule.destinationPortRange, rule.destinationPortRanges);
  if (!rule.name || !sources || !ports) return undefined;
  return {
    name: rule.name,
    direction: (rule.direction ?? '').toLowerCase(),
    access: (rule.access ?? '').toLowerCase(),
    protocol: rule.protocol ?? '*',
    sources: sources.map(normalSource),
    ports: portEntries(rule.protocol ?? '*', ports),
  };
}

/**
 * The inline `security_rule` blocks of a group: [] when the code has none, undefined when they cannot be
 * read (a dynamic block, an unknown field). Each keeps its block in the code, found by name.
 */
export function inlineRules(resource: DeclaredResource): NsgRule[] | undefined {
  const value = declaredValue(resource, 'security_rule');
  if (value.kind === 'absent') return [];
  if (value.kind === 'unknown' || !Array.isArray(value.value)) return undefined;
  const blocks = items(child(resource.source.body, 'security_rule'));
  const rules: NsgRule[] = [];
  for (const entry of value.value) {
    const rule =
      typeof entry === 'object' && entry !== null
        ? declaredRule(entry as Record<string, unknown>)
        : undefined;
    if (!rule) return undefined;
    const block = blocks.find((candidate) => str(child(candidate, 'name')) === rule.name);
    rules.push({ ...rule, ...(block ? { node: block } : {}) });
  }
  return rules;
}

function describe(rule: NsgRule): string {
  const ports = rule.ports.map((port) => port.replace(/:\*$/, ' any port')).join(', ');
  return `${rule.access} ${rule.direction} ${ports} from ${rule.sources.join(', ')}`;
}

/** Whether the live rule lets in traffic the declared one does not. */
function opensMore(declared: NsgRule | undefined, live: NsgRule): boolean {
  if (live.access !== 'allow' || live.direction !== 'inbound') return false;
  if (!declared || declared.access !== 'allow' || declared.direction !== 'inbound') return true;
  const sourceWider = live.sources.some((source) => !sourcesCover(declared.sources, source));
  return sourceWider || live.ports.some((port) => !portsCover(declared.ports, port));
}

function same(a: NsgRule, b: NsgRule): boolean {
  const key = (rule: NsgRule) =>
    [rule.direction, rule.access, [...rule.sources].sort().join(','), [...rule.ports].sort().join(',')].join(
      '|',
    );
  return key(a) === key(b);
}

/** The field of a declared rule that best shows a difference: its source when sources differ, else its ports. */
function nodeOf(declared: NsgRule, live: NsgRule): ModelNode | undefined {
  if (!declared.node) return undefined;
  const sourcesDiffer = [...declared.sources].sort().join() !== [...live.sources].sort().join();
  const fields = sourcesDiffer
    ? ['source_address_prefix', 'source_address_prefixes']
    : ['destination_port_range', 'destination_port_ranges', 'access'];
  return (
    fields.map((field) => child(declared.node, field)).find((node) => node !== undefined) ?? declared.node
  );
}

/** Every rule that differs by name between the code and the live group. */
export function compareRules(declared: readonly NsgRule[], live: readonly NsgRule[]): SettingDiff[] {
  const diffs: SettingDiff[] = [];
  const byName = (rules: readonly NsgRule[], name: string) =>
    rules.find((rule) => rule.name.toLowerCase() === name.toLowerCase());
  for (const rule of live) {
    const mine = byName(declared, rule.name);
    if (mine && same(mine, rule)) continue;
    const node = mine ? nodeOf(mine, rule) : undefined;
    diffs.push({
      setting: `security_rule ${rule.name}`,
      declared: mine ? describe(mine) : 'not declared',
      live: describe(rule),
      lessSecure: opensMore(mine, rule),
      ...(node ? { node } : {}),
      ...(mine?.declaredIn ? { declaredIn: mine.declaredIn } : {}),
    });
  }
  for (const rule of declared)
    if (!byName(live, rule.name))
      diffs.push({
        setting: `security_rule ${rule.name}`,
        declared: describe(rule),
        live: 'not there',
        // A deny rule that is gone lets traffic through.
        lessSecure: rule.access === 'deny',
        ...(rule.node ? { node: rule.node } : {}),
        ...(rule.declaredIn ? { declaredIn: rule.declaredIn } : {}),
      });
  return diffs;
}
