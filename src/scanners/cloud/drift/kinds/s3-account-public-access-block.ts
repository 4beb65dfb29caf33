import { declaredString } from '../declared/declared-values';
import { compareSettings } from '../settings';
import type { DriftKind } from './drift-kind';
import { publicAccessBlockSpecs } from './s3-public-access-block';

export const s3AccountPublicAccessBlockKind: DriftKind = {
  types: ['aws_s3_account_public_access_block'],
  accountKeys: ['s3.accountPublicAccessBlock'],
  regionKeys: [],
  compare(context) {
    const declarations = context
      .applied('aws_s3_account_public_access_block')
      .filter((resource) => (declaredString(resource, 'account_id') ?? context.account) === context.account);
    if (declarations.length === 0) return;
    const live = context.accountData('s3.accountPublicAccessBlock', 'the account public access block');
    if (live === undefined) return;
    const id = `AWS::::Account:${context.account}`;
    for (const resource of declarations)
      context.drifted(resource, id, compareSettings(resource, publicAccessBlockSpecs(live)));
  },
};
