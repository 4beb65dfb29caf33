import { child, str, type ModelNode } from '../../../model/node';
import type { Container } from '../../../formats/kubernetes/workloads';

export interface ImageReference {
  node: ModelNode;
  /** As written. */
  text: string;
  /** Undefined when the reference names no tag. */
  tag: string | undefined;
  digest: string | undefined;
}

/**
 * A container's image split into tag and digest (`[registry[:port]/]path[:tag][@digest]`).
 * Undefined when there is no image or it is not literal text (a template placeholder).
 */
export function imageOf(container: Container): ImageReference | undefined {
  const node = child(container.node, 'image');
  const value = str(node)?.trim();
  if (!node || !value || /[{}$<>\s]/.test(value)) return undefined;
  const at = value.indexOf('@');
  const name = at === -1 ? value : value.slice(0, at);
  const digest = at === -1 ? undefined : value.slice(at + 1);
  if (name === '' || digest === '') return undefined;
  const lastSegment = name.slice(name.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  const tag = colon === -1 ? undefined : lastSegment.slice(colon + 1);
  return { node, text: value, tag, digest };
}
