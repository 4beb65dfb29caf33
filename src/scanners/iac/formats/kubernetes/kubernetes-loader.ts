import type { FormatLoader, FileInput, LoadSink } from '../format-loader';
import { child, str, type MapNode, type ModelNode } from '../../model/node';
import { isYamlLike, reportYamlErrors } from '../yaml-files';

/** Kinds that live outside namespaces; every other kind defaults to the `default` namespace. */
const CLUSTER_SCOPED = new Set([
  'Namespace',
  'Node',
  'PersistentVolume',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'StorageClass',
  'PriorityClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'APIService',
  'IngressClass',
  'RuntimeClass',
  'CSIDriver',
  'VolumeAttachment',
]);

export const kubernetesLoader: FormatLoader = {
  format: 'kubernetes',
  accepts: (file) => isYamlLike(file) && /\bkind\b/.test(file.text) && /\bapiVersion\b/.test(file.text),
  load(file: FileInput, sink: LoadSink): boolean {
    const parsed = file.yaml();
    const objects: MapNode[] = [];
    for (const doc of parsed.documents) collectObjects(doc.root, objects);
    if (objects.length === 0) return false;
    reportYamlErrors(file, parsed, sink);
    for (const object of objects) {
      const kind = str(child(object, 'kind'))!;
      const name =
        str(child(object, 'metadata.name')) ?? str(child(object, 'metadata.generateName')) ?? '(unnamed)';
      const explicitNamespace = str(child(object, 'metadata.namespace'));
      const namespace = CLUSTER_SCOPED.has(kind) ? undefined : (explicitNamespace ?? 'default');
      sink.addResource({
        type: kind,
        address: namespace ? `${kind}/${namespace}/${name}` : `${kind}/${name}`,
        platform: 'kubernetes',
        format: 'kubernetes',
        file: file.path,
        range: object.range,
        body: object,
        meta: {
          apiVersion: str(child(object, 'apiVersion')),
          name,
          namespace,
          namespaceDeclared: explicitNamespace === undefined ? 'false' : 'true',
        },
      });
    }
    return true;
  },
};

function isObject(node: ModelNode | undefined): node is MapNode {
  return node?.kind === 'map' && !!str(child(node, 'kind')) && !!str(child(node, 'apiVersion'));
}

/** A document may hold one object or a `List` of them (kubectl's `kind: List`, `*List`). */
function collectObjects(root: ModelNode | undefined, into: MapNode[]): void {
  if (!isObject(root)) return;
  const kind = str(child(root, 'kind'))!;
  const listItems = child(root, 'items');
  if (kind.endsWith('List') && listItems?.kind === 'list') {
    for (const item of listItems.items) if (isObject(item)) into.push(item);
    return;
  }
  into.push(root);
}
