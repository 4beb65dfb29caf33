import { text } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { dockerStages, variables } from '../../../formats/dockerfile/docker-stages';
import { envAndArgs, isSecretName, isVariableReference } from '../shared/secret-names';

const rule: IacRule = {
  meta: {
    id: 'docker-secret-build-arg',
    title: 'Secret passed as a build argument or copied into ENV',
    severity: 'medium',
    description:
      'A secret handed to the build with `--build-arg` is recorded in the build history of every layer a RUN creates with it, and copying it into ENV keeps it in the image configuration for anyone who pulls the image.',
    remediation:
      'Use a secret mount instead: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci` with `docker build --secret id=npm_token,...`; nothing of it is stored in the image.',
    links: [
      'https://docs.docker.com/build/building/secrets/',
      'https://docs.docker.com/reference/dockerfile/#arg',
    ],
    scanner: 'iac',
    platform: 'dockerfile',
    category: 'secrets',
    compliance: { 'cis-docker-1.6': ['4.10'], 'nist-800-53-r5': ['IA-5(7)'] },
    aliases: [],
  },
  check(model) {
    return dockerStages(model).flatMap((stage) =>
      envAndArgs(stage).flatMap((instruction) =>
        variables(instruction)
          .filter(([name, node]) => {
            const value = text(node);
            if (!isSecretName(name)) return false;
            return instruction.keyword === 'ARG'
              ? value === undefined || isVariableReference(value)
              : isVariableReference(value ?? '');
          })
          .map(([name, node]) =>
            flag(
              stage.resource,
              node,
              instruction.keyword === 'ARG'
                ? `ARG ${name} expects a secret from --build-arg, which the image history keeps`
                : `ENV ${name} copies a secret into the image configuration`,
            ),
          ),
      ),
    );
  },
};

export default rule;
