import { child, items, text } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { dockerStages, ofKeyword } from '../../../formats/dockerfile/docker-stages';

/** `22`, `22/tcp`, or a range such as `20-30/tcp` that contains 22. */
function includesSsh(port: string): boolean {
  const match = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(port.trim());
  if (!match || match[3]?.toLowerCase() === 'udp') return false;
  const low = Number(match[1]);
  const high = match[2] === undefined ? low : Number(match[2]);
  return low <= 22 && 22 <= high;
}

const rule: IacRule = {
  meta: {
    id: 'docker-ssh-port-exposed',
    title: 'Image exposes the SSH port',
    severity: 'medium',
    description:
      'EXPOSE 22 means the image runs, or expects to run, an SSH server. That is another service to patch and another credential to steal, and it invites managing containers by logging in rather than by replacing them.',
    remediation:
      'Remove the SSH server and `EXPOSE 22`; use `docker exec` or `kubectl exec` (or an ephemeral debug container) for interactive access.',
    links: ['https://docs.docker.com/reference/dockerfile/#expose'],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'network',
    compliance: { 'nist-800-53-r5': ['CM-7'], 'pci-dss-4.0': ['2.2.4'] },
    aliases: ['CKV_DOCKER_1', 'AVD-DS-0004', 'DS004'],
  },
  check(model) {
    return dockerStages(model)
      .filter((stage) => stage.ships)
      .flatMap((stage) =>
        ofKeyword(stage, 'EXPOSE').flatMap((expose) =>
          items(child(expose.node, 'ports'))
            .filter((port) => includesSsh(text(port) ?? ''))
            .map((port) => flag(stage.resource, port, `EXPOSE ${text(port)} publishes the SSH port`)),
        ),
      );
  },
};

export default rule;
