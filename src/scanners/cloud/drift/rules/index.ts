import type { RuleMeta } from '../../../../core/rule';
import type { DriftRuleSet } from '../drift-recorder';
import { meta as azureMissingResource } from './azure/missing-resource/rule';
import { meta as azureSettingChanged } from './azure/setting-changed/rule';
import { meta as azureUnmanagedResource } from './azure/unmanaged-resource/rule';
import { meta as gcpMissingResource } from './gcp/missing-resource/rule';
import { meta as gcpSettingChanged } from './gcp/setting-changed/rule';
import { meta as gcpUnmanagedResource } from './gcp/unmanaged-resource/rule';
import { meta as missingResource } from './missing-resource/rule';
import { meta as settingChanged } from './setting-changed/rule';
import { meta as unmanagedResource } from './unmanaged-resource/rule';

export const DRIFT_SETTING_CHANGED = settingChanged;
export const DRIFT_UNMANAGED_RESOURCE = unmanagedResource;
export const DRIFT_MISSING_RESOURCE = missingResource;

export const AWS_DRIFT_RULES: DriftRuleSet = {
  settingChanged,
  unmanagedResource,
  missingResource,
};

export const GCP_DRIFT_RULES: DriftRuleSet = {
  settingChanged: gcpSettingChanged,
  unmanagedResource: gcpUnmanagedResource,
  missingResource: gcpMissingResource,
};

export const AZURE_DRIFT_RULES: DriftRuleSet = {
  settingChanged: azureSettingChanged,
  unmanagedResource: azureUnmanagedResource,
  missingResource: azureMissingResource,
};

/** The three rules of one cloud, in report order. */
export function driftRuleList(set: DriftRuleSet): RuleMeta[] {
  return [set.settingChanged, set.unmanagedResource, set.missingResource];
}

/** Every drift rule (AWS first, then Google Cloud and Azure), for the rule catalog. */
export const DRIFT_RULES: readonly RuleMeta[] = [
  ...driftRuleList(AWS_DRIFT_RULES),
  ...driftRuleList(GCP_DRIFT_RULES),
  ...driftRuleList(AZURE_DRIFT_RULES),
];
