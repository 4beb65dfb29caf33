import { child, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { dockerStages } from '../../../formats/dockerfile/docker-stages';

const rule: IacRule = {
  meta: {
    id: 'docker-image-without-digest',
    title: 'Base image is not pinned by digest',
    severity: 'low',
    description:
      'Tags are mutable: the publisher, or anyone who takes over the repository, can point `node:20` at different content. Only a digest names exactly one image, so the build is reproducible and a tampered tag cannot slip in.',
    remediation:
      'Append the digest of the tested image: `FROM node:20.14-alpine@sha256:<digest>` (get it with `docker buildx imagetools inspect`), and let a dependency bot refresh tag and digest together.',
    links: [
      'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
      'https://docs.docker.com/reference/dockerfile/#from',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'supply-chain',
    compliance: { 'cis-docker-1.6': ['4.2'], 'nist-800-53-r5': ['SI-7', 'CM-2'] },
    aliases: [],
  },
  check(model) {
    return dockerStages(model).flatMap((stage) => {
      const image = str(child(stage.from.node, 'image'));
      if (stage.base || image === undefined || image.toLowerCase() === 'scratch') return [];
      if (str(child(stage.from.node, 'digest'))) return [];
      return [flag(stage.resource, stage.from.node, `FROM ${image} refers to a tag, not to a digest`)];
    });
  },
};

export default rule;
