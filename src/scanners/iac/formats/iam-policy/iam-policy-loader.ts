import type { FileInput, FormatLoader, LoadSink } from '../format-loader';
import { child, str } from '../../model/node';
import { reportYamlErrors } from '../yaml-files';

const POLICY_VERSIONS = new Set(['2012-10-17', '2008-10-17']);

/**
 * Standalone IAM policy documents: a JSON file whose root holds `Version`
 * ("2012-10-17" or "2008-10-17") and `Statement`, as `aws iam create-policy
 * --policy-document file://...` reads it. The whole document is one resource.
 */
export const iamPolicyLoader: FormatLoader = {
  format: 'iam-policy',
  accepts: (file) =>
    file.extension === 'json' && /"Statement"/.test(file.text) && /"Version"/.test(file.text),
  load(file: FileInput, sink: LoadSink): boolean {
    const parsed = file.yaml();
    const root = parsed.documents[0]?.root;
    if (root?.kind !== 'map' || !child(root, 'Statement')) return false;
    const version = str(child(root, 'Version'));
    if (!version || !POLICY_VERSIONS.has(version)) return false;
    reportYamlErrors(file, parsed, sink);
    sink.addResource({
      type: 'iam-policy-document',
      address: file.path,
      platform: 'aws',
      format: 'iam-policy',
      file: file.path,
      range: root.range,
      body: root,
      meta: { version, id: str(child(root, 'Id')) },
    });
    return true;
  },
};
