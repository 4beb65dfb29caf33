import { child, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { dockerStages } from '../../../formats/dockerfile/docker-stages';

const rule: IacRule = {
  meta: {
    id: 'docker-image-latest-tag',
    title: 'Base image uses the latest tag or no tag',
    severity: 'medium',
    description:
      'A FROM without a tag pulls `:latest`, which moves whenever the publisher pushes. Builds stop being reproducible, a rebuild can silently bring a new major version, and a reviewer cannot tell from the diff what the image contains.',
    remediation:
      'Name a specific version tag (`python:3.12.4-slim-bookworm`), ideally together with its digest (`@sha256:...`), and update it deliberately, e.g. with Dependabot or Renovate.',
    links: [
      'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
      'https://docs.docker.com/reference/dockerfile/#from',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'supply-chain',
    compliance: { 'cis-docker-1.6': ['4.2'], 'nist-800-53-r5': ['CM-2'] },
    aliases: ['CKV_DOCKER_7', 'AVD-DS-0001', 'DS001'],
  },
  check(model) {
    return dockerStages(model).flatMap((stage) => {
      const image = str(child(stage.from.node, 'image'));
      if (stage.base || image === undefined || image.toLowerCase() === 'scratch') return [];
      if (str(child(stage.from.node, 'digest'))) return [];
      const tag = str(child(stage.from.node, 'tag'));
      if (tag !== undefined && tag !== 'latest') return [];
      const what = tag === undefined ? 'has no tag, so it means :latest' : 'uses the mutable :latest tag';
      return [flag(stage.resource, stage.from.node, `FROM ${image} ${what}`)];
    });
  },
};

export default rule;
