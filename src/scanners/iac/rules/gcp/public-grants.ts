import type { Violation } from '../../../../core/engine';
import { grantTarget, iamGrants } from '../../gcp/iam-bindings';
import { isPublicMember } from '../../gcp/iam-members';
import type { IamScope } from '../../gcp/iam-resource-types';
import type { IacModel } from '../../model/iac-model';
import { flag } from '../../model/violation';

/** IAM grants to allUsers or allAuthenticatedUsers on the given kinds of resource, one finding per member. */
export function publicGrants(model: IacModel, scopes: readonly IamScope[]): Violation[] {
  return iamGrants(model)
    .filter((grant) => scopes.some((scope) => scope === grant.scope) && isPublicMember(grant.member))
    .map((grant) =>
      flag(
        grant.resource,
        grant.member.node,
        `${grant.member.text} is granted ${String(grant.role ?? 'a role')} on ${grantTarget(grant)}`,
      ),
    );
}
