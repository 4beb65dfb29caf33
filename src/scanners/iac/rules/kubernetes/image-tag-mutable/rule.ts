import type { IacRule } from '../../../model/violation';
import { checkContainers } from '../shared/container-findings';
import { imageOf } from '../shared/image-reference';

const rule: IacRule = {
  meta: {
    id: 'k8s-image-tag-mutable',
    title: 'Container image uses the latest tag or no tag',
    severity: 'medium',
    description:
      'An image without a tag means `latest`, which moves with every push: nodes may run different code for the same manifest, a rollback does not roll back, and a compromised registry push is picked up silently on the next pull.',
    remediation: 'Pin the image to a specific version tag, or better to a digest (`image@sha256:...`).',
    links: [
      'https://kubernetes.io/docs/concepts/containers/images/#image-names',
      'https://kubernetes.io/docs/concepts/configuration/overview/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'supply-chain',
    compliance: {
      'nist-800-53-r5': ['CM-2', 'SI-7'],
      'soc2-2017': ['CC8.1'],
    },
    aliases: ['CKV_K8S_14', 'AVD-KSV-0013', 'KSV013'],
  },
  check: (model) =>
    checkContainers(
      model,
      (container) => {
        const image = imageOf(container);
        if (!image || image.digest) return undefined;
        if (image.tag === undefined)
          return { node: image.node, detail: `image ${image.text} has no tag (means latest)` };
        if (image.tag.toLowerCase() === 'latest')
          return { node: image.node, detail: `image ${image.text} uses the latest tag` };
        return undefined;
      },
      (who, detail) => `${who}: ${detail}`,
    ),
};

export default rule;
