import { child, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { dockerStages, ofKeyword, type DockerStage } from '../../../formats/dockerfile/docker-stages';

function hasHealthcheck(stage: DockerStage): boolean {
  for (let current: DockerStage | undefined = stage; current; current = current.base) {
    if (ofKeyword(current, 'HEALTHCHECK').length > 0) return true;
  }
  return false;
}

const rule: IacRule = {
  meta: {
    id: 'docker-healthcheck-missing',
    title: 'Image defines no HEALTHCHECK',
    severity: 'low',
    description:
      'Without a HEALTHCHECK, Docker and Swarm only know whether the process is running, not whether it still serves. A hung or deadlocked container stays "up" and keeps receiving traffic. (Kubernetes ignores HEALTHCHECK and uses its own probes.)',
    remediation:
      'Add `HEALTHCHECK --interval=30s --timeout=3s CMD <a cheap check>` to the final stage, or `HEALTHCHECK NONE` to state that the orchestrator checks health itself.',
    links: ['https://docs.docker.com/reference/dockerfile/#healthcheck'],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'availability',
    compliance: { 'cis-docker-1.6': ['4.6'] },
    aliases: ['CKV_DOCKER_2', 'AVD-DS-0026', 'DS026'],
  },
  check(model) {
    return dockerStages(model)
      .filter((stage) => stage.final && !hasHealthcheck(stage))
      .map((stage) =>
        flag(
          stage.resource,
          stage.from.node,
          `the final stage (FROM ${str(child(stage.from.node, 'image')) ?? stage.name ?? 'its base image'}) has no HEALTHCHECK`,
        ),
      );
  },
};

export default rule;
