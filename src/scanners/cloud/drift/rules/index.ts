import type { RuleMeta } from '../../../../core/rule';
import { meta as missingResource } from './missing-resource/rule';
import { meta as settingChanged } from './setting-changed/rule';
import { meta as unmanagedResource } from './unmanaged-resource/rule';

export const DRIFT_SETTING_CHANGED = settingChanged;
export const DRIFT_UNMANAGED_RESOURCE = unmanagedResource;
export const DRIFT_MISSING_RESOURCE = missingResource;

/** The drift rules, for the rule catalog and the report's rule list. */
export const DRIFT_RULES: readonly RuleMeta[] = [settingChanged, unmanagedResource, missingResource];
