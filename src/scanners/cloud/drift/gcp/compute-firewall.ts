import type { compute_v1 } from '@googleapis/compute/build/v1';
import { child } from '../../../iac/model/node';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import type { SettingDiff } from '../drift-recorder';
import { sourcesCover } from '../address-ranges';
import { identityOf, matchLive, type LiveCandidate } from '../matcher';
import { portEntries, portsCover } from '../port-entries';
import { compareSet, stringList } from '../set-diff';
import { asBoolean, BOOLEAN_STRICTNESS, compareSettings } from '../settings';
import { reportUnmanaged } from '../unmanaged';
import { lastSegment, projectDeclarations, type GcpDriftKind } from './gcp-drift-kind';

type Firewall = compute_v1.Schema$Firewall;

const TYPE = 'google_compute_firewall';

function candidates(firewalls: readonly Firewall[], project: string): LiveCandidate<Firewall>[] {
  return firewalls.flatMap((firewall) =>
    firewall.name
      ? [
          {
            item: firewall,
            ids: [
              firewall.name,
              `projects/${project}/global/firewalls/${firewall.name}`,
              ...(firewall.selfLink ? [firewall.selfLink] : []),
            ],
            name: firewall.name,
          },
        ]
      : [],
  );
}

/** `allow { protocol ports }` blocks of the code as port entries; undefined when a block is not understood. */
function declaredAllow(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const entries: string[] = [];
  for (const block of value) {
    const record = typeof block === 'object' && block !== null ? (block as Record<string, unknown>) : {};
    const ports = record.ports === undefined || record.ports === null ? [] : stringList(record.ports);
    if (typeof record.protocol !== 'string' || ports === undefined) return undefined;
    entries.push(...portEntries(record.protocol, ports));
  }
  return entries;
}

function liveAllow(firewall: Firewall): string[] {
  return (firewall.allowed ?? []).flatMap((rule) => portEntries(rule.IPProtocol ?? 'all', rule.ports ?? []));
}

function compareFirewall(resource: DeclaredResource, firewall: Firewall): SettingDiff[] {
  const diffs = compareSettings(resource, [
    { path: 'direction', default: 'INGRESS', live: firewall.direction ?? undefined },
    {
      path: 'disabled',
      default: false,
      live: firewall.disabled ?? false,
      normalise: asBoolean,
      strictness: BOOLEAN_STRICTNESS,
    },
  ]);
  if ((firewall.direction ?? 'INGRESS') === 'INGRESS') {
    const sources = compareSet(resource, {
      path: 'source_ranges',
      entries: stringList,
      live: firewall.sourceRanges ?? [],
      covers: sourcesCover,
    });
    if (sources) diffs.push(sources);
  }
  const allowed = compareSet(resource, {
    path: 'allow',
    entries: declaredAllow,
    live: liveAllow(firewall),
    default: [],
    covers: portsCover,
  });
  if (allowed) diffs.push(allowed);
  return diffs;
}

/** Rules Google creates: the default network's `default-allow-*`, and those of GKE clusters and their load balancers. */
function createdByGoogle(firewall: Firewall): boolean {
  const name = firewall.name ?? '';
  if (/^(gke-|k8s-)/.test(name)) return true;
  return name.startsWith('default-allow-') && lastSegment(firewall.network) === 'default';
}

export const computeFirewallKind: GcpDriftKind = {
  types: [TYPE],
  needs: ['firewalls'],
  compare(context) {
    const declarations = projectDeclarations(context, TYPE);
    if (declarations.length === 0) return;
    const firewalls = context.data('firewalls', 'firewall rules');
    if (!firewalls) return;
    const all = candidates(firewalls, context.account);
    const matches = declarations.map((resource) => ({
      resource,
      result: matchLive(identityOf(resource, { ids: ['name', 'id', 'self_link'], name: 'name' }), all),
    }));
    for (const { resource, result } of matches) {
      if (result.kind === 'missing')
        context.missing(
          resource,
          `declares firewall rule ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`,
          // A missing deny rule is a missing control; a missing allow rule only takes access away.
          child(resource.source.body, 'deny') !== undefined,
        );
      if (result.kind !== 'matched') continue;
      const firewall = result.candidate.item;
      context.drifted(resource, firewall.selfLink ?? firewall.name!, compareFirewall(resource, firewall));
    }
    reportUnmanaged(context, {
      label: 'firewall rule',
      type: TYPE,
      matches,
      candidates: all,
      stateIdPaths: ['name', 'id', 'self_link'],
      createdByProvider: (candidate) => createdByGoogle(candidate.item),
      resourceId: (candidate) => candidate.item.selfLink ?? candidate.name ?? '',
    });
  },
};
