import type { compute_v1 } from '@googleapis/compute/build/v1';
import { declaredString, declaredValue } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import type { SettingDiff } from '../drift-recorder';
import { identityOf, matchLive, type LiveCandidate } from '../matcher';
import { asBoolean, BOOLEAN_STRICTNESS, compareSettings } from '../settings';
import { lastSegment, projectDeclarations, type GcpDriftKind } from './gcp-drift-kind';

type Subnetwork = compute_v1.Schema$Subnetwork;

const TYPE = 'google_compute_subnetwork';

function candidates(subnetworks: readonly Subnetwork[], project: string): LiveCandidate<Subnetwork>[] {
  return subnetworks.flatMap((subnet) => {
    const region = lastSegment(subnet.region);
    if (!subnet.name || !region) return [];
    return [
      {
        item: subnet,
        ids: [
          `projects/${project}/regions/${region}/subnetworks/${subnet.name}`,
          ...(subnet.selfLink ? [subnet.selfLink] : []),
        ],
        name: subnet.name,
        region,
      },
    ];
  });
}

/** Flow logs are on when the code has a `log_config` block; its absence turns them off. */
function compareFlowLogs(resource: DeclaredResource, subnet: Subnetwork): SettingDiff | undefined {
  const declared = declaredValue(resource, 'log_config');
  if (declared.kind === 'unknown') return undefined;
  const want = declared.kind === 'known' && Array.isArray(declared.value) && declared.value.length > 0;
  if (declared.kind === 'known' && !Array.isArray(declared.value)) return undefined;
  const have = subnet.logConfig?.enable === true;
  if (want === have) return undefined;
  return {
    setting: 'log_config',
    declared: want ? 'flow logs on' : 'flow logs off',
    live: have ? 'flow logs on' : 'flow logs off',
    lessSecure: want && !have,
    ...(declared.kind === 'known' && declared.node ? { node: declared.node } : {}),
  };
}

export const computeSubnetworkKind: GcpDriftKind = {
  types: [TYPE],
  needs: ['subnetworks'],
  compare(context) {
    const declarations = projectDeclarations(context, TYPE);
    if (declarations.length === 0) return;
    const subnetworks = context.data('subnetworks', 'subnets');
    if (!subnetworks) return;
    const all = candidates(subnetworks, context.account);
    for (const resource of declarations) {
      // A subnet's name is unique only within its region.
      const region = declaredString(resource, 'region');
      const scoped = region ? all.filter((candidate) => candidate.region === region) : all;
      const identity = identityOf(resource, { ids: ['id', 'self_link'], name: 'name' });
      const result = matchLive(identity, scoped);
      if (result.kind === 'missing' && (region || identity.ids.length > 0))
        context.missing(
          resource,
          `declares subnet ${result.by}, which does not exist in ${context.where} (deleted outside Terraform, or never applied).`,
          false,
        );
      if (result.kind !== 'matched') continue;
      const subnet = result.candidate.item;
      const diffs = compareSettings(resource, [
        {
          path: 'private_ip_google_access',
          default: false,
          live: subnet.privateIpGoogleAccess ?? false,
          normalise: asBoolean,
          strictness: BOOLEAN_STRICTNESS,
        },
      ]);
      const flowLogs = compareFlowLogs(resource, subnet);
      context.drifted(resource, subnet.selfLink ?? subnet.name!, flowLogs ? [flowLogs, ...diffs] : diffs);
    }
  },
};
