import type { IacModel } from '../../../model/iac-model';
import { child, items, str, text } from '../../../model/node';
import type { Resource } from '../../../model/resource';
import { flag, type IacRule } from '../../../model/violation';
import { customRoleLabel, customRolePermissions } from '../custom-role-permissions';

type SupportLevel = 'SUPPORTED' | 'TESTING' | 'NOT_SUPPORTED';

/** Permission -> support level in custom roles, from every permissions list in the scan (one view per model). */
function supportLevels(model: IacModel): Map<string, SupportLevel> | undefined {
  return model.view('gcp-testable-permissions', () => {
    const catalogs = model.ofType('gcp-testable-permissions');
    if (catalogs.length === 0) return undefined;
    const levels = new Map<string, SupportLevel>();
    for (const catalog of catalogs) {
      for (const entry of items(child(catalog.body, 'permissions'))) {
        const name = str(child(entry, 'name'));
        const level = str(child(entry, 'customRolesSupportLevel')) ?? 'SUPPORTED';
        if (name && (level === 'SUPPORTED' || level === 'TESTING' || level === 'NOT_SUPPORTED'))
          levels.set(name, level);
      }
    }
    return levels;
  });
}

/** A role's launch stage: role files default to ALPHA (as the IAM API does), Terraform's resources to GA. */
function stage(resource: Resource): string {
  const declared = resource.meta.stage ?? str(child(resource.body, 'stage'));
  if (declared) return declared.toUpperCase();
  return resource.type === 'gcp-custom-role' ? 'ALPHA' : 'GA';
}

const rule: IacRule = {
  meta: {
    id: 'gcp-iam-custom-role-testing-permissions',
    title: 'Custom role at stage GA holds permissions that are only in testing for custom roles',
    severity: 'medium',
    description:
      'Google marks some permissions as TESTING for custom roles: they may change or stop working without notice, and unsupported ones are refused outright. A role published as GA that depends on them can lose access its users rely on, or grant something different from what was reviewed.',
    remediation:
      "Remove the permissions in testing (and any NOT_SUPPORTED ones) from the role, or keep the role's stage at ALPHA or BETA until Google supports them. cloudgate learns the support levels from Google's own list committed beside the role files: `gcloud iam list-testable-permissions //cloudresourcemanager.googleapis.com/projects/PROJECT_ID --format=json > gcp-testable-permissions.json`; without that file the rule stays silent.",
    links: [
      'https://cloud.google.com/iam/docs/custom-roles-permissions-support',
      'https://cloud.google.com/iam/docs/creating-custom-roles#testing_deploying',
      'https://cloud.google.com/sdk/gcloud/reference/iam/list-testable-permissions',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'iam',
    compliance: {
      'nist-800-53-r5': ['CM-3', 'AC-6'],
      'soc2-2017': ['CC8.1'],
    },
    aliases: [],
  },
  // The permission catalogs are files of their own format, checked with the rest at the end.
  acrossRoots: {
    kind: 'whole-scan',
    types: ['google_project_iam_custom_role', 'google_organization_iam_custom_role'],
  },
  check(model) {
    const levels = supportLevels(model);
    // Without Google's permissions list the support levels are unknown: say nothing rather than guess.
    if (!levels) return [];
    return customRolePermissions(model).flatMap(({ resource, permissions }) => {
      if (stage(resource) !== 'GA') return [];
      return items(permissions).flatMap((node) => {
        const permission = text(node) ?? '';
        const level = levels.get(permission);
        if (level !== 'TESTING' && level !== 'NOT_SUPPORTED') return [];
        const why =
          level === 'TESTING'
            ? 'which is only in testing for custom roles'
            : 'which custom roles cannot hold (NOT_SUPPORTED)';
        return [
          flag(resource, node, `GA custom role ${customRoleLabel(resource)} includes ${permission}, ${why}`),
        ];
      });
    });
  },
};

export default rule;
