import type { Violation } from '../../../../../core/engine';
import { escalations } from '../../../aws/iam-privilege-escalation';
import { isAdminStatement } from '../../../aws/iam-statements';
import { describePolicy, identityPolicies } from '../../../aws/policy-documents-view';
import { flag, type IacRule } from '../../../model/violation';

const rule: IacRule = {
  meta: {
    id: 'aws-iam-privilege-escalation',
    title: 'IAM policy grants permissions that allow privilege escalation',
    severity: 'high',
    description:
      'Some permissions let a principal grant itself more: rewriting or attaching policies, creating credentials for other users, editing trust policies, or passing a privileged role to a service that runs its code. A principal with such a set is an administrator in waiting, whatever the rest of its policy says.',
    remediation:
      'Remove the permission, scope it to specific resource ARNs, or add conditions (`iam:PassedToService`, `iam:PermissionsBoundary`). Keep IAM administration in dedicated roles protected by MFA and permissions boundaries.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    ],
    scanner: 'iac',
    platform: 'aws',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'AC-6(1)', 'AC-6(10)'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: [
      'CKV_AWS_110',
      'CKV_AWS_286',
      'AVD-AWS-0347',
      'AVD-AWS-0348',
      'AVD-AWS-0349',
      'AVD-AWS-0350',
      'AVD-AWS-0351',
      'AVD-AWS-0352',
    ],
  },
  check(model) {
    const violations: Violation[] = [];
    for (const view of identityPolicies(model)) {
      // Full administrator access is reported on its own; every path below is contained in it.
      if (view.document.statements.some((statement) => isAdminStatement(statement))) continue;
      const byStatement = new Map<object, string[]>();
      for (const { path, statement } of escalations(view.document)) {
        const list = byStatement.get(statement) ?? [];
        list.push(`${path.actions.join(' + ')} (${path.how})`);
        byStatement.set(statement, list);
      }
      for (const statement of view.document.statements) {
        const paths = byStatement.get(statement);
        if (!paths) continue;
        violations.push(
          flag(
            view.resource,
            statement.action?.node ?? statement.notAction?.node ?? statement.node,
            `${describePolicy(view)} allows privilege escalation: ${paths.join('; ')}`,
          ),
        );
      }
    }
    return violations;
  },
};

export default rule;
