import { flag, type IacRule } from '../../../model/violation';
import { dockerStages, ofKeyword } from '../../../formats/dockerfile/docker-stages';
import { isArchive, isRemote, sources } from '../shared/add-sources';

const rule: IacRule = {
  meta: {
    id: 'docker-add-instead-of-copy',
    title: 'ADD is used where COPY would do',
    severity: 'low',
    description:
      'ADD does more than copy: it unpacks local archives and fetches URLs. Used for plain files, it hides that behaviour from reviewers, and a file that later happens to be an archive gets extracted into the image unexpectedly.',
    remediation:
      'Use COPY for local files and folders; keep ADD for unpacking a local tar archive or a checksum-verified download.',
    links: [
      'https://docs.docker.com/build/building/best-practices/#add-or-copy',
      'https://docs.docker.com/reference/dockerfile/#copy',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'supply-chain',
    compliance: { 'cis-docker-1.6': ['4.9'] },
    aliases: ['CKV_DOCKER_4', 'AVD-DS-0005', 'DS005'],
  },
  check(model) {
    return dockerStages(model).flatMap((stage) =>
      ofKeyword(stage, 'ADD').flatMap((add) => {
        const from = sources(add);
        const plain =
          from.length > 0 &&
          from.every((source) => !isRemote(source) && !isArchive(source) && !source.includes('$'));
        return plain
          ? [flag(stage.resource, add.node, `ADD ${from.join(' ')} only copies local files; use COPY`)]
          : [];
      }),
    );
  },
};

export default rule;
