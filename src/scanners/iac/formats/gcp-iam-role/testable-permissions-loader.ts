import type { FileInput, FormatLoader, LoadSink } from '../format-loader';
import { child, items, type MapNode } from '../../model/node';
import { reportYamlErrors } from '../yaml-files';

/**
 * Which permissions custom roles may hold, as Google lists them for a project or organisation:
 * `gcloud iam list-testable-permissions <full resource name> --format=json` (a list), or the
 * `permissions.queryTestablePermissions` response (`{"permissions": [...]}`). Each entry names a
 * permission and its `customRolesSupportLevel` (SUPPORTED when absent, TESTING, NOT_SUPPORTED). Committed
 * beside the role files, it lets the custom role rules tell a supported permission from one in testing.
 */
export const gcpTestablePermissionsLoader: FormatLoader = {
  format: 'gcp-iam-role',
  accepts: (file) => file.extension === 'json' && /"customRolesSupportLevel"/.test(file.text),
  load(file: FileInput, sink: LoadSink): boolean {
    const parsed = file.yaml();
    const root = parsed.documents[0]?.root;
    const list = root?.kind === 'list' ? root : root?.kind === 'map' ? child(root, 'permissions') : undefined;
    if (list?.kind !== 'list' || !items(list).every((item) => item.kind === 'map' && child(item, 'name')))
      return false;
    reportYamlErrors(file, parsed, sink);
    const body: MapNode =
      root?.kind === 'map'
        ? root
        : { kind: 'map', range: list.range, entries: new Map([['permissions', list]]) };
    sink.addResource({
      type: 'gcp-testable-permissions',
      address: `testable-permissions:${file.path}`,
      platform: 'gcp',
      format: 'gcp-iam-role',
      file: file.path,
      range: list.range,
      body,
      meta: {},
    });
    return true;
  },
};
