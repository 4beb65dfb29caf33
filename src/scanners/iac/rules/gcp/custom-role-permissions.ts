import type { Violation } from '../../../../core/engine';
import type { IacModel } from '../../model/iac-model';
import { child, items, str, text, type ModelNode } from '../../model/node';
import type { Resource } from '../../model/resource';
import { flag } from '../../model/violation';

/** The permission list of every custom role, whether from a role file or a google_*_iam_custom_role resource. */
export function customRolePermissions(
  model: IacModel,
): { resource: Resource; permissions: ModelNode | undefined }[] {
  return [
    ...model
      .ofType('gcp-custom-role')
      .map((resource) => ({ resource, permissions: child(resource.body, 'includedPermissions') })),
    ...model
      .ofTypes(['google_project_iam_custom_role', 'google_organization_iam_custom_role'])
      .map((resource) => ({ resource, permissions: child(resource.body, 'permissions') })),
  ];
}

/** How a message names a custom role: its title, else its address. */
export function customRoleLabel(resource: Resource): string {
  const title = resource.meta.title ?? str(child(resource.body, 'title'));
  return title ? `"${title}"` : resource.address;
}

/** One finding per permission of a custom role that `matches`: `custom role "<title>" <describe(permission)>`. */
export function flagPermissions(
  model: IacModel,
  matches: (permission: string) => boolean,
  describe: (permission: string) => string,
): Violation[] {
  return customRolePermissions(model).flatMap(({ resource, permissions }) =>
    items(permissions)
      .filter((node) => matches(text(node) ?? ''))
      .map((node) =>
        flag(resource, node, `custom role ${customRoleLabel(resource)} ${describe(text(node) ?? '')}`),
      ),
  );
}
