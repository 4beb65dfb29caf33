import { child, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { dockerStages, ofKeyword } from '../../../formats/dockerfile/docker-stages';

/** Absolute on Linux or Windows, or depending on a variable we cannot resolve. */
function absoluteOrUnknown(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:[\\/]/.test(path) || path.includes('$');
}

const rule: IacRule = {
  meta: {
    id: 'docker-workdir-relative',
    title: 'WORKDIR is a relative path',
    severity: 'low',
    description:
      'A relative WORKDIR is resolved against whatever the previous WORKDIR was, possibly one set by the base image. When that changes, files are copied and commands run somewhere else than intended, and reviewers cannot tell where from the Dockerfile alone.',
    remediation: 'Use absolute paths in WORKDIR, e.g. `WORKDIR /app`.',
    links: [
      'https://docs.docker.com/build/building/best-practices/#workdir',
      'https://docs.docker.com/reference/dockerfile/#workdir',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'workload',
    compliance: {},
    aliases: ['CKV_DOCKER_10', 'AVD-DS-0009', 'DS009'],
  },
  check(model) {
    return dockerStages(model).flatMap((stage) =>
      ofKeyword(stage, 'WORKDIR').flatMap((workdir) => {
        const path = str(child(workdir.node, 'path')) ?? '';
        return path === '' || absoluteOrUnknown(path)
          ? []
          : [flag(stage.resource, workdir.node, `WORKDIR ${path} is relative`)];
      }),
    );
  },
};

export default rule;
