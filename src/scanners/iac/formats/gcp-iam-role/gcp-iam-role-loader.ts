import type { FileInput, FormatLoader, LoadSink } from '../format-loader';
import { child, str } from '../../model/node';
import { reportYamlErrors } from '../yaml-files';

/**
 * GCP custom role definitions as `gcloud iam roles create --file` reads them:
 * YAML with `title`, `stage` and `includedPermissions`.
 */
export const gcpIamRoleLoader: FormatLoader = {
  format: 'gcp-iam-role',
  accepts: (file) =>
    ['yaml', 'yml', 'json'].includes(file.extension) && /includedPermissions/.test(file.text),
  load(file: FileInput, sink: LoadSink): boolean {
    const parsed = file.yaml();
    const root = parsed.documents[0]?.root;
    if (root?.kind !== 'map' || child(root, 'includedPermissions')?.kind !== 'list') return false;
    reportYamlErrors(file, parsed, sink);
    const title = str(child(root, 'title')) ?? file.basename;
    sink.addResource({
      type: 'gcp-custom-role',
      address: `role:${title}`,
      platform: 'gcp',
      format: 'gcp-iam-role',
      file: file.path,
      range: root.range,
      body: root,
      meta: { title, stage: str(child(root, 'stage')) },
    });
    return true;
  },
};
