import { child, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import {
  dockerStages,
  ofKeyword,
  type DockerInstruction,
  type DockerStage,
} from '../../../formats/dockerfile/docker-stages';

/** uid 0, and the administrator account of Windows containers. */
const ROOT_USERS = new Set(['root', '0', 'containeradministrator']);
/**
 * Base images documented to default to a non-root user: distroless `:nonroot` tags, Chainguard images,
 * and Windows Nano Server, whose default user is the unprivileged ContainerUser.
 */
const NONROOT_BASE = /(^|[:/-])nonroot($|[-:@])|^cgr\.dev\/chainguard\/|nanoserver/i;

/** The last USER of the stage, or of the stages it builds on. */
function lastUser(stage: DockerStage): DockerInstruction | undefined {
  for (let current: DockerStage | undefined = stage; current; current = current.base) {
    const users = ofKeyword(current, 'USER');
    if (users.length > 0) return users[users.length - 1];
  }
  return undefined;
}

function baseImage(stage: DockerStage): string | undefined {
  let root = stage;
  while (root.base) root = root.base;
  return str(child(root.from.node, 'image'));
}

const rule: IacRule = {
  meta: {
    id: 'docker-runs-as-root',
    title: 'Image runs as root',
    severity: 'high',
    description:
      'Without a USER instruction, or when the last one is root, the container process runs as uid 0. A bug in the application or a container escape then starts with root privileges, and files it writes on mounted volumes belong to root on the host.',
    remediation:
      'Create an unprivileged user in the final stage (e.g. `RUN useradd --uid 10001 app`) and end the Dockerfile with `USER app` (or a numeric `USER 10001`); do the root-only steps before it.',
    links: [
      'https://docs.docker.com/build/building/best-practices/#user',
      'https://docs.docker.com/reference/dockerfile/#user',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'workload',
    compliance: {
      'cis-docker-1.6': ['4.1'],
      'nist-800-53-r5': ['AC-6'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['CKV_DOCKER_3', 'CKV_DOCKER_8', 'AVD-DS-0002', 'DS002'],
  },
  check(model) {
    return dockerStages(model)
      .filter((stage) => stage.final)
      .flatMap((stage) => {
        const user = lastUser(stage);
        if (!user) {
          const image = baseImage(stage);
          if (image === undefined || NONROOT_BASE.test(image)) return [];
          return [
            flag(
              stage.resource,
              stage.from.node,
              `the final stage (FROM ${image}) never sets USER, so the container runs as root`,
            ),
          ];
        }
        const name = str(child(user.node, 'user')) ?? '';
        if (name.includes('$') || !ROOT_USERS.has(name.trim().toLowerCase())) return [];
        return [
          flag(
            stage.resource,
            user.node,
            `the last USER of the final stage is ${name}, so the container runs as root`,
          ),
        ];
      });
  },
};

export default rule;
