import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { KmsKey } from '../../collectors/aws/kms';
import { declaredString } from '../declared/declared-values';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import { DRIFT_SETTING_CHANGED, type DriftContext } from '../drift-context';
import { identityOf, matchLive, type LiveCandidate, type MatchResult } from '../matcher';
import { asBoolean, BOOLEAN_STRICTNESS, compareSettings } from '../settings';
import { reportUnmanaged } from '../unmanaged';
import type { DriftKind } from './drift-kind';

const TYPE = 'aws_kms_key';
const DELETED = new Set(['PendingDeletion', 'PendingReplicaDeletion']);

/** The live keys of the regions whose list could be read, and those regions. */
function candidates(context: DriftContext): { all: LiveCandidate<KmsKey>[]; readable: Set<string> } {
  const readable = new Set<string>();
  const all = context.regions.flatMap((region) => {
    const keys = context.regionData(region, 'kms.keys', 'KMS keys');
    if (keys) readable.add(region);
    return (keys ?? []).map((key) => {
      const metadata: KeyMetadata | undefined = key.metadata.ok ? key.metadata.value : undefined;
      return {
        item: key,
        ids: [key.keyId, ...(metadata?.Arn ? [metadata.Arn] : [])],
        ...(metadata?.Description ? { label: metadata.Description } : {}),
        region,
      };
    });
  });
  return { all, readable };
}

/** The region in the state's ARN or the code's `region`; undefined: any audited region. */
function declaredRegion(resource: DeclaredResource): string | undefined {
  const arn = typeof resource.state?.arn === 'string' ? resource.state.arn : undefined;
  return arn?.split(':')[3] || declaredString(resource, 'region');
}

export const kmsKeyKind: DriftKind = {
  types: [TYPE],
  accountKeys: [],
  regionKeys: ['kms.keys'],
  compare(context) {
    const declarations = context.applied(TYPE);
    if (declarations.length === 0) return;
    const { all, readable } = candidates(context);
    const matches: { resource: DeclaredResource; result: MatchResult<KmsKey> }[] = [];
    for (const resource of declarations) {
      const region = declaredRegion(resource);
      if (region && !readable.has(region)) continue;
      const scoped = all.filter((candidate) => !region || candidate.region === region);
      const identity = identityOf(resource, { ids: ['arn', 'key_id', 'id'], label: 'description' });
      const result = matchLive(identity, scoped);
      matches.push({ resource, result });
      if (result.kind === 'missing' && region) {
        context.missing(
          resource,
          `is key ${result.by}, which does not exist in ${region} of account ${context.account}.`,
          false,
        );
      } else if (result.kind === 'matched') compareKey(context, resource, result.candidate.item);
    }
    const regions = new Set(
      matches.flatMap((match) => (match.result.kind === 'matched' ? [match.result.candidate.region] : [])),
    );
    reportUnmanaged(context, {
      label: 'KMS key',
      type: TYPE,
      matches,
      candidates: all.filter((candidate) => regions.has(candidate.region)),
      stateIdPaths: ['arn', 'key_id', 'id'],
      createdByProvider: (candidate) => {
        const metadata = candidate.item.metadata;
        // A key whose metadata is unreadable cannot be told apart from an AWS managed one: never reported.
        return (
          !metadata.ok ||
          metadata.value.KeyManager !== 'CUSTOMER' ||
          DELETED.has(metadata.value.KeyState ?? '')
        );
      },
      resourceId: (candidate) =>
        (candidate.item.metadata.ok && candidate.item.metadata.value.Arn) || candidate.item.keyId,
    });
  },
};

function compareKey(context: DriftContext, resource: DeclaredResource, key: KmsKey): void {
  if (!key.metadata.ok) {
    context.notAssessed(
      DRIFT_SETTING_CHANGED,
      `${resource.address} in account ${context.account}`,
      key.metadata.reason,
    );
    return;
  }
  const metadata = key.metadata.value;
  if (DELETED.has(metadata.KeyState ?? '')) {
    context.missing(
      resource,
      `is key ${key.keyId}, which is scheduled for deletion in account ${context.account}: data encrypted under it becomes unreadable.`,
      true,
    );
    return;
  }
  const rotation = key.rotationEnabled;
  if (rotation && !rotation.ok)
    context.notAssessed(DRIFT_SETTING_CHANGED, `enable_key_rotation of ${resource.address}`, rotation.reason);
  context.drifted(
    resource,
    metadata.Arn ?? key.keyId,
    compareSettings(resource, [
      {
        path: 'enable_key_rotation',
        default: false,
        live: rotation?.ok ? rotation.value : undefined,
        normalise: asBoolean,
        strictness: BOOLEAN_STRICTNESS,
      },
      {
        path: 'is_enabled',
        default: true,
        live: metadata.Enabled,
        normalise: asBoolean,
        strictness: BOOLEAN_STRICTNESS,
      },
    ]),
  );
}
