import type { Violation } from '../../../../../core/engine';
import { describeActions, publicGrant } from '../../../aws/iam-statements';
import { describePolicy, policyDocuments } from '../../../aws/policy-documents-view';
import type { IacModel } from '../../../model/iac-model';
import { flag } from '../../../model/violation';

/** Statements of a service's resource policies that grant to anyone, for the "policy is public" rules. */
export function publicResourcePolicies(model: IacModel, service: string, noun: string): Violation[] {
  const violations: Violation[] = [];
  for (const view of policyDocuments(model)) {
    if (view.kind !== 'resource' || view.service !== service) continue;
    for (const statement of view.document.statements) {
      const node = publicGrant(statement);
      if (!node) continue;
      violations.push(
        flag(
          view.resource,
          node,
          `${describePolicy(view)} (${noun}) allows ${describeActions(statement)} to any principal, with no condition limiting the caller`,
        ),
      );
    }
  }
  return violations;
}
