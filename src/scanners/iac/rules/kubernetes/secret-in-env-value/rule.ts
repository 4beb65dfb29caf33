import { child, items, str, text } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { workloads } from '../../../formats/kubernetes/workloads';

/** Names whose last words say the value is a credential: DB_PASSWORD, apiKey, GITHUB_TOKEN, jwt-secret. */
const SECRET_NAME =
  /(^|_)(PASSWORD|PASSWD|PASS|SECRET|TOKEN|CREDENTIALS?|API_?KEY|(SECRET|PRIVATE|ACCESS|AUTH|SIGNING|ENCRYPTION|MASTER|CLIENT)_?(KEY|SECRET))$/;

const rule: IacRule = {
  meta: {
    id: 'k8s-secret-in-env-value',
    title: 'Secret written in plain text in a container environment variable',
    severity: 'high',
    description:
      'A password, token or key written as an env `value:` lives in the manifest, in version control, and in the object anyone with read access to the workload can see. It cannot be rotated without a change to the code, and it leaks through `kubectl describe`, logs and crash dumps.',
    remediation:
      'Move the value into a Secret (ideally synced from an external secret manager) and mount it as a file, or reference it with `valueFrom.secretKeyRef`; then rotate the exposed credential.',
    links: [
      'https://kubernetes.io/docs/concepts/configuration/secret/',
      'https://kubernetes.io/docs/concepts/security/secrets-good-practices/',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'secrets',
    compliance: {
      'nist-800-53-r5': ['IA-5(7)'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['8.6.2'],
    },
    aliases: [],
  },
  check(model) {
    return workloads(model).flatMap((workload) =>
      workload.containers.flatMap((container) =>
        items(child(container.node, 'env')).flatMap((variable) => {
          const name = str(child(variable, 'name'));
          const value = child(variable, 'value');
          if (!name || !value || !looksSecret(name) || !isLiteralCredential(text(value))) return [];
          // The value itself never goes into the message: findings end up in logs and PR comments.
          const message = `container "${container.name}" of ${workload.resource.address} sets ${name} to a literal value`;
          return [flag(workload.resource, value, message)];
        }),
      ),
    );
  },
};

function looksSecret(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[-.]/g, '_')
    .toUpperCase();
  return SECRET_NAME.test(words);
}

/** Empty values, booleans and pure `$(OTHER_VAR)` references are not credentials. */
function isLiteralCredential(value: string | undefined): boolean {
  if (value === undefined) return false;
  const trimmed = value.trim();
  if (trimmed.length < 4 || /^(true|false|yes|no|none|null)$/i.test(trimmed)) return false;
  return trimmed.replace(/\$\([A-Za-z_][A-Za-z0-9_]*\)/g, '').trim() !== '';
}

export default rule;
