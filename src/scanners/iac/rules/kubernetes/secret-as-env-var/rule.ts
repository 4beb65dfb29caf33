import { child, items, str, text } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { workloads } from '../../../formats/kubernetes/workloads';

const rule: IacRule = {
  meta: {
    id: 'k8s-secret-as-env-var',
    title: 'Secret exposed to a container as an environment variable',
    severity: 'low',
    description:
      'Environment variables are inherited by every child process, printed by debugging tools and crash reporters, and often logged by applications at start-up. Secrets mounted as files stay where they are read, can be restricted by file permissions, and are updated in place when the Secret changes.',
    remediation:
      'Mount the Secret as a volume (`volumes[].secret` with `volumeMounts`) and have the application read the file, instead of `valueFrom.secretKeyRef` or `envFrom.secretRef`.',
    links: [
      'https://kubernetes.io/docs/concepts/configuration/secret/#using-secrets-as-files-from-a-pod',
      'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'secrets',
    compliance: {
      'cis-kubernetes-1.9': ['5.4.1'],
    },
    aliases: ['CKV_K8S_35'],
  },
  check(model) {
    return workloads(model).flatMap((workload) =>
      workload.containers.flatMap((container) => {
        const who = `container "${container.name}" of ${workload.resource.address}`;
        const fromKeys = items(child(container.node, 'env')).flatMap((variable) => {
          const ref = child(variable, ['valueFrom', 'secretKeyRef']);
          if (ref?.kind !== 'map') return [];
          const variableName = str(child(variable, 'name')) ?? '(unnamed)';
          const secret = text(child(ref, 'name')) ?? '(unnamed)';
          return [
            flag(
              workload.resource,
              ref,
              `${who} reads Secret "${secret}" into environment variable ${variableName}`,
            ),
          ];
        });
        const fromWhole = items(child(container.node, 'envFrom')).flatMap((source) => {
          const ref = child(source, 'secretRef');
          if (ref?.kind !== 'map') return [];
          const secret = text(child(ref, 'name')) ?? '(unnamed)';
          return [
            flag(
              workload.resource,
              ref,
              `${who} loads every key of Secret "${secret}" as environment variables`,
            ),
          ];
        });
        return [...fromKeys, ...fromWhole];
      }),
    );
  },
};

export default rule;
