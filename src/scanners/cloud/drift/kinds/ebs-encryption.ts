import { declaredString } from '../declared/declared-values';
import { asBoolean, BOOLEAN_STRICTNESS, compareSettings } from '../settings';
import type { DriftKind } from './drift-kind';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

export const ebsEncryptionKind: DriftKind = {
  types: ['aws_ebs_encryption_by_default'],
  accountKeys: [],
  regionKeys: ['ec2.ebsEncryptionByDefault'],
  compare(context) {
    for (const resource of context.applied('aws_ebs_encryption_by_default')) {
      // The provider records the region as the id; the code may name it (provider 6 `region`).
      const recorded = typeof resource.state?.id === 'string' ? resource.state.id : undefined;
      const named = declaredString(resource, 'region') ?? recorded;
      // Without either, the region is the provider's, which the code does not show: left alone.
      const region = named && REGION.test(named) ? named : undefined;
      if (!region || !context.regions.includes(region)) continue;
      const live = context.regionData(region, 'ec2.ebsEncryptionByDefault', resource.address);
      if (live === undefined) continue;
      context.drifted(
        resource,
        `AWS::::Account:${context.account} (${region})`,
        compareSettings(resource, [
          { path: 'enabled', default: true, live, normalise: asBoolean, strictness: BOOLEAN_STRICTNESS },
        ]),
      );
    }
  },
};
