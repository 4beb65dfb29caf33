import type { IacRule } from '../../../model/violation';
import { checkContainers } from '../shared/container-findings';
import { imageOf } from '../shared/image-reference';

const rule: IacRule = {
  meta: {
    id: 'k8s-image-without-digest',
    title: 'Container image is not pinned by digest',
    severity: 'low',
    description:
      'A tag is a movable pointer: whoever can push to the repository can change what `app:1.4.2` means. A digest names exactly one image, so the node runs the bytes that were reviewed and scanned.',
    remediation:
      'Reference the image by digest (`registry/app:1.4.2@sha256:...`); let a bot such as Renovate update the digest.',
    links: [
      'https://kubernetes.io/docs/concepts/containers/images/#image-names',
      'https://kubernetes.io/docs/concepts/containers/images/#updating-images',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'supply-chain',
    compliance: {
      'nist-800-53-r5': ['CM-2', 'SI-7'],
      'soc2-2017': ['CC8.1'],
    },
    aliases: ['CKV_K8S_43'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container) => {
        const image = imageOf(container);
        return image && !image.digest ? { node: image.node, detail: image.text } : undefined;
      },
      (who, detail) => `${who} uses image ${detail} without a digest`,
    ),
};

export default rule;
