import { flag, type IacRule } from '../../../model/violation';
import { flagNode, label } from '../../../azure/azure-resource';
import { roleAssignments } from '../../../azure/role-view';

const BROAD: Record<string, string> = {
  subscription: 'a whole subscription',
  managementGroup: 'a management group',
  tenant: 'the tenant root',
};

const rule: IacRule = {
  meta: {
    id: 'azure-iam-privileged-role-at-broad-scope',
    title: 'Owner-level role is granted on a whole subscription without conditions',
    severity: 'high',
    description:
      'Owner, Contributor, User Access Administrator and Role Based Access Control Administrator on a subscription, management group or the tenant root let the principal change or take over every resource below it; if that user, group or service principal is compromised, so is everything in scope. A role assignment with an ABAC condition (the secure form) is not reported, nor are assignments on resource groups or resources.',
    remediation:
      'Grant a narrower built-in or custom role on the resource group or resource that needs it; where broad management is unavoidable, add a `condition` (with `condition_version = "2.0"`) that constrains what the role may do, and use Privileged Identity Management for just-in-time elevation.',
    links: [
      'https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices',
      'https://learn.microsoft.com/en-us/azure/role-based-access-control/conditions-overview',
      'https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['AC-6', 'AC-6(5)', 'AC-2'],
      'soc2-2017': ['CC6.3'],
      'pci-dss-4.0': ['7.2.1', '7.2.2'],
      'hipaa-security-rule': ['164.308(a)(4)(i)'],
    },
    aliases: [],
  },
  check(model) {
    return roleAssignments(model).flatMap(
      ({ resource, role, roleSetting, scope, scopeSetting, condition, principalType }) => {
        const where = BROAD[scope];
        if (!role || role === 'unknown' || !where || condition.node) return [];
        const whom = principalType ? ` to a ${principalType}` : '';
        const how = scopeSetting.node ? scopeSetting.name : 'the deployment scope of the template';
        return [
          flag(
            resource,
            flagNode(roleSetting) ?? scopeSetting.node,
            `${label(resource)} grants ${role}${whom} on ${where} (from ${how}) with no condition`,
          ),
        ];
      },
    );
  },
};

export default rule;
