import { flag, type IacRule } from '../../../model/violation';
import { dockerStages, flagValue, ofKeyword } from '../../../formats/dockerfile/docker-stages';
import { isRemote, sources } from '../shared/add-sources';

const rule: IacRule = {
  meta: {
    id: 'docker-add-remote-url',
    title: 'ADD downloads a remote file without verifying it',
    severity: 'medium',
    description:
      'ADD with a URL fetches whatever the server returns at build time and puts it in the image unchecked. A compromised or hijacked download location, or a man in the middle on plain HTTP, changes the image without any change to the Dockerfile.',
    remediation:
      'Pin the content: `ADD --checksum=sha256:<hash> https://...` (BuildKit verifies it), or download with `curl -fsSLo` and check the file with `sha256sum -c` in the same RUN.',
    links: [
      'https://docs.docker.com/reference/dockerfile/#add---checksum',
      'https://docs.docker.com/build/building/best-practices/#add-or-copy',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'supply-chain',
    compliance: { 'cis-docker-1.6': ['4.9'], 'nist-800-53-r5': ['SI-7'] },
    aliases: [],
  },
  check(model) {
    return dockerStages(model).flatMap((stage) =>
      ofKeyword(stage, 'ADD')
        .filter((add) => flagValue(add, 'checksum') === undefined)
        .flatMap((add) => {
          const remote = sources(add).find(isRemote);
          return remote ? [flag(stage.resource, add.node, `ADD fetches ${remote} without a --checksum`)] : [];
        }),
    );
  },
};

export default rule;
