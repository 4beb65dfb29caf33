import { defaultInboundAccess, prefixMatches } from './address-prefixes';
import type { SecurityRule } from './nsg-rule';
import { ALL_PORTS, contains, isEmpty, MAX_PORT, take, union, type PortSet } from './port-set';

/**
 * What the evaluation reads of a rule. Rules read from IaC and rules read from a live
 * subscription both have it, so the one evaluation serves both.
 */
export type EvaluatedRule = Pick<
  SecurityRule,
  'priority' | 'direction' | 'access' | 'protocol' | 'sourcesUnknown' | 'ports' | 'portsUnknown'
> & { sources: readonly { value: string }[] };

/** The ports of a probe a rule decides: the first matching rule by priority wins them. */
export interface Claim<R extends EvaluatedRule = SecurityRule> {
  rule: R;
  ports: PortSet;
}

/**
 * How an NSG treats inbound traffic from one source with one protocol, port by
 * port. Azure evaluates rules from the lowest priority number up and the first
 * match decides, so a rule only decides the ports no earlier rule took.
 * `uncertain` holds ports whose fate depends on a value known only at deployment.
 */
export interface InboundEvaluation<R extends EvaluatedRule = SecurityRule> {
  claims: Claim<R>[];
  uncertain: PortSet;
  /** Ports no written rule decides; Azure's built-in rules do. */
  unclaimed: PortSet;
}

type Match = 'yes' | 'no' | 'maybe';

function matches(rule: EvaluatedRule, source: string, protocol: string): Match {
  if (rule.direction === 'outbound') return 'no';
  if (rule.protocol !== 'unknown' && rule.protocol !== '*' && rule.protocol !== protocol) return 'no';
  const sourceMatch = rule.sources.some((prefix) => prefixMatches(prefix.value, source));
  if (!sourceMatch && !rule.sourcesUnknown) return 'no';
  if (
    !sourceMatch ||
    rule.direction === 'unknown' ||
    rule.protocol === 'unknown' ||
    rule.access === 'unknown'
  )
    return 'maybe';
  return 'yes';
}

function possiblePorts(rule: EvaluatedRule): PortSet {
  return rule.portsUnknown ? ALL_PORTS : rule.ports;
}

/** Evaluates a group's rules for inbound traffic from `source` (`Internet`, a service tag or an IPv4 address). */
export function evaluateInbound<R extends EvaluatedRule>(
  rules: readonly R[],
  source: string,
  protocol = 'tcp',
): InboundEvaluation<R> {
  const wanted = protocol.toLowerCase();
  const remaining: [number, number][] = [[0, MAX_PORT]];
  const uncertain: PortSet[] = [];
  // A rule whose priority is known only at deployment could come first.
  for (const rule of rules) {
    if (rule.priority === 'unknown' && matches(rule, source, wanted) !== 'no')
      uncertain.push(take(remaining, possiblePorts(rule)));
  }
  const claims: Claim<R>[] = [];
  const ordered = rules
    .filter((rule): rule is R & { priority: number } => rule.priority !== 'unknown')
    .toSorted((a, b) => a.priority - b.priority);
  for (const rule of ordered) {
    if (remaining.length === 0) break;
    const match = matches(rule, source, wanted);
    if (match === 'no') continue;
    if (match === 'maybe') {
      uncertain.push(take(remaining, possiblePorts(rule)));
      continue;
    }
    const decided = take(remaining, rule.ports);
    if (!isEmpty(decided)) claims.push({ rule, ports: decided });
    if (rule.portsUnknown) uncertain.push(take(remaining, ALL_PORTS));
  }
  return { claims, uncertain: union(...uncertain), unclaimed: remaining };
}

/**
 * Whether inbound traffic from `source` to `port` gets through the group's rules,
 * and which rule decides it (none when Azure's built-in rules do). Priority order
 * is respected: an earlier Deny that covers the port wins over a later Allow.
 */
export function effectiveInboundAccess<R extends EvaluatedRule>(
  nsg: { rules: readonly R[] } | readonly R[],
  port: number,
  source: string,
  protocol = 'tcp',
): { access: 'Allow' | 'Deny' | 'unknown'; rule?: R } {
  const rules = 'rules' in nsg ? nsg.rules : nsg;
  const evaluation = evaluateInbound(rules, source, protocol);
  if (contains(evaluation.uncertain, port)) return { access: 'unknown' };
  const claim = evaluation.claims.find((candidate) => contains(candidate.ports, port));
  if (!claim) return { access: defaultInboundAccess(source) };
  return { access: claim.rule.access === 'allow' ? 'Allow' : 'Deny', rule: claim.rule };
}

/** The ports each Allow rule opens to the whole Internet for one protocol, after earlier rules took theirs. */
export function internetAllowClaims<R extends EvaluatedRule>(
  rules: readonly R[],
  protocol: string,
): Claim<R>[] {
  return evaluateInbound(rules, 'Internet', protocol).claims.filter((claim) => claim.rule.access === 'allow');
}
