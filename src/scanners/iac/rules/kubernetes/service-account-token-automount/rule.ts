import type { IacModel } from '../../../model/iac-model';
import { bool, child, isUnknown, str } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { workloads, type Workload } from '../../../formats/kubernetes/workloads';
import { podSubject } from '../shared/pod-settings';

const rule: IacRule = {
  meta: {
    id: 'k8s-service-account-token-automount',
    title: 'Service account token is mounted automatically',
    severity: 'medium',
    description:
      'Unless automounting is turned off, every container gets a token for its service account at a well-known path. Most applications never call the Kubernetes API, but an attacker inside the container can use the token to explore and, with any RBAC grant, act on the cluster.',
    remediation:
      'Set `automountServiceAccountToken: false` in the pod spec, or on the ServiceAccount the pod uses. Pods that need the API can mount a projected, short-lived token explicitly.',
    links: [
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/#opt-out-of-api-credential-automounting',
      'https://kubernetes.io/docs/concepts/security/service-accounts/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'iam',
    compliance: {
      'cis-kubernetes-1.9': ['5.1.6'],
      'nist-800-53-r5': ['AC-6', 'IA-5'],
      'soc2-2017': ['CC6.1'],
    },
    aliases: ['CKV_K8S_38', 'AVD-KSV-0036', 'KSV036'],
  },
  check(model) {
    const accounts = serviceAccountSettings(model);
    return workloads(model).flatMap((workload) => {
      const setting = child(workload.podSpec, 'automountServiceAccountToken');
      if (isUnknown(setting) || bool(setting) === false) return [];
      const who = podSubject(workload);
      if (setting) {
        return bool(setting) === true
          ? [
              flag(
                workload.resource,
                setting,
                `${who} will get the service account token (automountServiceAccountToken: true)`,
              ),
            ]
          : [];
      }
      const account = accountName(workload);
      const fromAccount =
        account === undefined ? undefined : accounts.get(`${workload.resource.meta.namespace}/${account}`);
      if (account === undefined || fromAccount === 'disabled' || fromAccount === 'unknown') return [];
      return [
        flag(
          workload.resource,
          undefined,
          `${who} will get the token of service account "${account}": automounting is disabled neither in the pod spec nor on the ServiceAccount`,
        ),
      ];
    });
  },
};

/** The ServiceAccount a pod runs as; `serviceAccount` is the deprecated spelling. Undefined when not literal. */
function accountName(workload: Workload): string | undefined {
  const node = child(workload.podSpec, 'serviceAccountName') ?? child(workload.podSpec, 'serviceAccount');
  if (!node) return 'default';
  return str(node);
}

/** `namespace/name` of each scanned ServiceAccount -> whether it turns automounting off. */
function serviceAccountSettings(model: IacModel): Map<string, 'disabled' | 'enabled' | 'unknown'> {
  const result = new Map<string, 'disabled' | 'enabled' | 'unknown'>();
  for (const account of model.ofType('ServiceAccount')) {
    if (account.format !== 'kubernetes') continue;
    const node = child(account.body, 'automountServiceAccountToken');
    const state = isUnknown(node) ? 'unknown' : bool(node) === false ? 'disabled' : 'enabled';
    const key = `${account.meta.namespace}/${account.meta.name}`;
    if (result.get(key) !== 'disabled') result.set(key, state);
  }
  return result;
}

export default rule;
