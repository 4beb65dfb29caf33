import type { TrailRecord } from '../../collectors/aws/cloudtrail';
import type { DeclaredResource } from '../declared/declared-infrastructure';
import { DRIFT_SETTING_CHANGED, type DriftContext } from '../drift-context';
import { identityOf, matchLive, type LiveCandidate } from '../matcher';
import { asBoolean, BOOLEAN_STRICTNESS, compareSettings, type SettingSpec } from '../settings';
import { reportUnmanaged } from '../unmanaged';
import type { DriftKind } from './drift-kind';

const TYPE = 'aws_cloudtrail';

const flag = (path: string, fallback: boolean, live: boolean | undefined): SettingSpec => ({
  path,
  default: fallback,
  live,
  normalise: asBoolean,
  strictness: BOOLEAN_STRICTNESS,
});

export const cloudTrailKind: DriftKind = {
  types: [TYPE],
  accountKeys: ['cloudtrail.trails'],
  regionKeys: [],
  compare(context) {
    if (context.ofType(TYPE).length === 0) return;
    const trails = context.accountData('cloudtrail.trails', 'CloudTrail trails');
    if (!trails) return;
    const candidates: LiveCandidate<TrailRecord>[] = trails.trails
      .filter((record) => record.owner === context.account)
      .map((record) => ({
        item: record,
        ids: [record.arn, ...(record.trail.Name ? [record.trail.Name] : [])],
        ...(record.trail.Name ? { name: record.trail.Name } : {}),
        ...(record.trail.HomeRegion ? { region: record.trail.HomeRegion } : {}),
      }));
    const matches = context.applied(TYPE).map((resource) => ({
      resource,
      result: matchLive(identityOf(resource, { ids: ['arn', 'id'], name: 'name' }), candidates),
    }));
    const gap = trails.gaps[0];
    for (const { resource, result } of matches) {
      if (result.kind === 'missing') {
        if (gap)
          context.notAssessed(
            DRIFT_SETTING_CHANGED,
            `${resource.address} in account ${context.account}`,
            gap.reason,
          );
        else
          context.missing(
            resource,
            `declares trail ${result.by}, which does not exist in account ${context.account}: API activity is not recorded as the code says.`,
            true,
          );
      }
      if (result.kind === 'matched') compareTrail(context, resource, result.candidate.item);
    }
    if (gap) return;
    reportUnmanaged(context, {
      label: 'CloudTrail trail',
      type: TYPE,
      matches,
      candidates,
      stateIdPaths: ['arn', 'id', 'name'],
      createdByProvider: (candidate) => /^aws-controltower-/.test(candidate.name ?? ''),
      resourceId: (candidate) => candidate.item.arn,
    });
  },
};

function compareTrail(context: DriftContext, resource: DeclaredResource, record: TrailRecord): void {
  if (!record.status.ok)
    context.notAssessed(DRIFT_SETTING_CHANGED, `enable_logging of ${resource.address}`, record.status.reason);
  context.drifted(
    resource,
    record.arn,
    compareSettings(resource, [
      flag('enable_logging', true, record.status.ok ? record.status.value.isLogging : undefined),
      flag('is_multi_region_trail', false, record.trail.IsMultiRegionTrail),
      flag('enable_log_file_validation', false, record.trail.LogFileValidationEnabled),
      flag('include_global_service_events', true, record.trail.IncludeGlobalServiceEvents),
    ]),
  );
}
