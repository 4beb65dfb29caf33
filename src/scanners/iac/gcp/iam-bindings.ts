import type { IacModel } from '../model/iac-model';
import type { ModelNode } from '../model/node';
import type { Resource } from '../model/resource';
import { at, readText, type Known } from './gcp-settings';
import { readMember, type Member } from './iam-members';
import {
  conditionOf,
  dataSourceBindings,
  memberItems,
  policyDataGrants,
  type PolicyBinding,
} from './iam-policy-data';
import {
  IAM_RESOURCE_TYPES,
  type IamMechanism,
  type IamResourceFamily,
  type IamScope,
} from './iam-resource-types';

/** One member holding one role on one thing, however the configuration spelled it. */
export interface Grant {
  /** The resource whose text names the member: findings land there. */
  resource: Resource;
  /** The IAM resource that applies the grant (a `_policy` resource for a data source's binding). */
  via?: Resource;
  /** 'unattached' for a `google_iam_policy` data source no policy resource of the scan applies. */
  scope: IamScope | 'unattached';
  family?: IamResourceFamily;
  role: Known<string>;
  roleNode?: ModelNode;
  member: Member;
  /** An IAM condition narrows the grant to some resources, times or requests. */
  conditional: Known<boolean>;
  mechanism: IamMechanism;
}

/** Every grant made through the google provider's IAM resources and `google_iam_policy` data sources. */
export function iamGrants(model: IacModel): Grant[] {
  return model.view('gcp-iam-grants', () => [
    ...IAM_RESOURCE_TYPES.flatMap(({ type, family, mechanism }) =>
      model.ofType(type).flatMap((resource) => resourceGrants(model, resource, family, mechanism)),
    ),
    ...unattachedPolicyGrants(model),
  ]);
}

/** Grants on the resource hierarchy (project, folder, organization): they reach everything below. */
export function hierarchyGrants(model: IacModel): Grant[] {
  return iamGrants(model).filter(
    (grant) => grant.scope === 'project' || grant.scope === 'folder' || grant.scope === 'organization',
  );
}

function resourceGrants(
  model: IacModel,
  resource: Resource,
  family: IamResourceFamily,
  mechanism: IamMechanism,
): Grant[] {
  const base = { via: resource, scope: family.scope, family, mechanism };
  if (mechanism === 'policy') {
    return policyDataGrants(model, resource).map((binding) => ({ ...base, ...fromBinding(binding) }));
  }
  const roleNode = at(resource.body, 'role');
  const conditional = conditionOf(at(resource.body, 'condition'));
  const memberNodes =
    mechanism === 'member' ? [at(resource.body, 'member')] : memberItems(at(resource.body, 'members'));
  return memberNodes
    .filter((node): node is ModelNode => node !== undefined)
    .map((node) => ({
      ...base,
      resource,
      role: readText(roleNode),
      roleNode,
      member: readMember(node),
      conditional,
    }));
}

function fromBinding(binding: PolicyBinding): Omit<Grant, 'via' | 'scope' | 'family' | 'mechanism'> {
  return {
    resource: binding.resource,
    role: binding.role,
    roleNode: binding.roleNode,
    member: binding.member,
    conditional: binding.conditional,
  };
}

/** Data sources no `_policy` resource of the scan applies still declare who may do what: keep them for public-access rules. */
function unattachedPolicyGrants(model: IacModel): Grant[] {
  // By resource, not address: a module's data source has the same address in every root that calls it.
  const applied = new Set(
    IAM_RESOURCE_TYPES.filter(({ mechanism }) => mechanism === 'policy')
      .flatMap(({ type }) => model.ofType(type))
      .flatMap((resource) => policyDataGrants(model, resource).map((binding) => binding.resource)),
  );
  return model
    .ofType('data.google_iam_policy')
    .filter((source) => !applied.has(source))
    .flatMap((source) =>
      dataSourceBindings(source).map((binding) => ({
        ...fromBinding(binding),
        scope: 'unattached' as const,
        mechanism: 'policy' as const,
      })),
    );
}

/** A grant narrowed by a condition does not count as a broad grant; an unknown condition keeps rules silent. */
export function isUnconditional(grant: Grant): boolean {
  return grant.conditional === false;
}

/** The argument of the IAM resource naming what the grant is on, for messages. */
export function grantTarget(grant: Grant): string {
  const via = grant.via;
  if (!via || !grant.family) return 'an IAM policy applied outside this configuration';
  const value = readText(at(via.body, grant.family.target));
  const what = grant.scope.replace(/-/g, ' ');
  return value && value !== 'unknown' ? `${what} "${value}"` : `the ${what} of ${via.address}`;
}
