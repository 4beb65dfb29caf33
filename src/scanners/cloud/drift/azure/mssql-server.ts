import type { FirewallRule, Server } from '@azure/arm-sql';
import { declaredString } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import type { SettingDiff } from '../drift-recorder';
import { asBoolean, compareSettings } from '../settings';
import {
  armCandidates,
  matchDeclarations,
  type AzureDriftContext,
  type AzureDriftKind,
} from './azure-drift-kind';

const TYPE = 'azurerm_mssql_server';
const RULE_TYPE = 'azurerm_mssql_firewall_rule';
const TLS_VERSIONS = ['1.0', '1.1', '1.2', '1.3'];

/** The server a firewall rule belongs to: the server declaration it refers to, or the server id it names. */
function ruleServer(
  context: AzureDriftContext,
  rule: DeclaredResource,
  server: DeclaredResource,
  live: Server,
) {
  const referenced = (rule.source.references ?? []).some(
    (reference) => reference.attribute === 'server_id' && reference.address === server.address,
  );
  if (referenced) return true;
  const id = declaredString(rule, 'server_id');
  if (id !== undefined) return id.toLowerCase() === live.id?.toLowerCase();
  const other = context
    .ofType(TYPE)
    .some((candidate) =>
      (rule.source.references ?? []).some((reference) => reference.address === candidate.address),
    );
  return other ? false : undefined;
}

/**
 * Rules open to every address (0.0.0.0 to 255.255.255.255) that the live server has and the code does not
 * declare; undefined when a declared rule's server or range cannot be told (then nothing is said).
 */
function undeclaredOpenRules(
  context: AzureDriftContext,
  server: DeclaredResource,
  live: Server,
  rules: readonly FirewallRule[],
): SettingDiff[] | undefined {
  const declared = new Set<string>();
  for (const rule of context.ofType(RULE_TYPE)) {
    const mine = ruleServer(context, rule, server, live);
    if (mine === undefined) return undefined;
    if (!mine) continue;
    const name = declaredString(rule, 'name');
    const start = declaredString(rule, 'start_ip_address');
    const end = declaredString(rule, 'end_ip_address');
    if (name === undefined || start === undefined || end === undefined) return undefined;
    declared.add(`${name.toLowerCase()} ${start}-${end}`);
  }
  return rules
    .filter((rule) => rule.startIpAddress === '0.0.0.0' && rule.endIpAddress === '255.255.255.255')
    .filter((rule) => !declared.has(`${(rule.name ?? '').toLowerCase()} 0.0.0.0-255.255.255.255`))
    .map((rule) => ({
      setting: `firewall rule ${rule.name ?? ''}`.trim(),
      declared: 'not declared',
      live: 'open from 0.0.0.0 to 255.255.255.255',
      lessSecure: true,
    }));
}

function firewallRulesOf(context: AzureDriftContext, live: Server): FirewallRule[] | undefined {
  const byServer = context.data('sqlFirewallRules', 'SQL server firewall rules');
  if (!byServer) return undefined;
  const entry = [...byServer].find(([id]) => id.toLowerCase() === live.id?.toLowerCase())?.[1];
  return context.use(entry, `the firewall rules of SQL server ${live.name ?? ''}`);
}

export const mssqlServerKind: AzureDriftKind = {
  types: [TYPE, RULE_TYPE],
  needs: ['sqlServers', 'sqlFirewallRules'],
  compare(context) {
    if (context.applied(TYPE).length === 0) return;
    const servers = context.data('sqlServers', 'SQL servers');
    if (!servers) return;
    const matches = matchDeclarations(context, TYPE, 'SQL server', armCandidates(servers), false);
    for (const { resource, result } of matches) {
      if (result.kind !== 'matched') continue;
      const live = result.candidate.item;
      const diffs = compareSettings(resource, [
        {
          path: 'public_network_access_enabled',
          default: true,
          live: live.publicNetworkAccess === undefined ? undefined : live.publicNetworkAccess !== 'Disabled',
          normalise: asBoolean,
          strictness: (value) => (value === false ? 1 : 0),
        },
        {
          path: 'minimum_tls_version',
          default: '1.2',
          live: live.minimalTlsVersion,
          strictness: (value) => TLS_VERSIONS.indexOf(String(value)),
        },
      ]);
      const rules = firewallRulesOf(context, live);
      if (rules) diffs.push(...(undeclaredOpenRules(context, resource, live, rules) ?? []));
      context.drifted(resource, live.id!, diffs);
    }
  },
};
