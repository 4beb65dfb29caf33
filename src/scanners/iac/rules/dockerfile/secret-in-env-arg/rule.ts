import { text } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { dockerStages, variables } from '../../../formats/dockerfile/docker-stages';
import { envAndArgs, isSecretName, looksLikeSecretValue } from '../shared/secret-names';

const rule: IacRule = {
  meta: {
    id: 'docker-secret-in-env-arg',
    title: 'Secret written into an ENV or ARG value',
    severity: 'high',
    description:
      'A password, token or key written in the Dockerfile is in the repository history for good, and ENV values (and ARG values used by a RUN) are stored in the image metadata, where anyone who can pull the image reads them with `docker history` or `docker inspect`.',
    remediation:
      'Remove the value and rotate the credential. Pass build-time secrets with `RUN --mount=type=secret,id=...` (`docker build --secret`), and runtime secrets through the orchestrator (Kubernetes Secrets, a secrets manager), never through ENV.',
    links: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/dockerfile/#env',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'secrets',
    compliance: {
      'cis-docker-1.6': ['4.10'],
      'nist-800-53-r5': ['IA-5(7)'],
      'pci-dss-4.0': ['8.6.2'],
      'soc2-2017': ['CC6.1'],
    },
    aliases: ['AVD-DS-0031', 'DS031'],
  },
  check(model) {
    return dockerStages(model).flatMap((stage) =>
      envAndArgs(stage).flatMap((instruction) =>
        variables(instruction)
          .filter(([name, node]) => isSecretName(name) && looksLikeSecretValue(text(node) ?? ''))
          .map(([name, node]) =>
            flag(stage.resource, node, `${instruction.keyword} ${name} is set to a literal secret value`),
          ),
      ),
    );
  },
};

export default rule;
