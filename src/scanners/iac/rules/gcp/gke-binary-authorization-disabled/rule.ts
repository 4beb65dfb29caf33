import { at, readBool, readText } from '../../../gcp/gcp-settings';
import { gkeClusters } from '../../../gcp/gke-view';
import { flag, type IacRule } from '../../../model/violation';

const ENFORCING = new Set([
  'PROJECT_SINGLETON_POLICY_ENFORCE',
  'POLICY_BINDINGS',
  'POLICY_BINDINGS_AND_PROJECT_SINGLETON_POLICY_ENFORCE',
]);

const rule: IacRule = {
  meta: {
    id: 'gcp-gke-binary-authorization-disabled',
    title: 'GKE cluster does not enforce Binary Authorization',
    severity: 'low',
    description:
      'Binary Authorization admits only container images that satisfy a policy (built by the trusted pipeline, signed, from approved registries). Without it anyone able to create a pod can run any image, including one pulled from a public registry or built on a laptop.',
    remediation:
      'Add `binary_authorization { evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE" }` and define the project\'s `google_binary_authorization_policy` (start in dry-run mode to see what would be blocked).',
    links: [
      'https://cloud.google.com/binary-authorization/docs/overview',
      'https://cloud.google.com/binary-authorization/docs/enable-cluster',
      'https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/container_cluster#binary_authorization',
    ],
    scanner: 'iac',
    platform: 'gcp',
    category: 'supply-chain',
    compliance: {
      'nist-800-53-r5': ['CM-7', 'SI-7', 'SR-11'],
      'soc2-2017': ['CC7.1', 'CC8.1'],
      'pci-dss-4.0': ['6.3.1'],
    },
    aliases: ['CKV_GCP_66'],
  },
  check(model) {
    return gkeClusters(model).flatMap((cluster) => {
      const body = cluster.resource.body;
      const config = at(body, 'binary_authorization');
      const mode = at(config, 'evaluation_mode');
      const modeText = readText(mode);
      const legacy = readBool(at(body, 'enable_binary_authorization'));
      const enabled = readBool(at(config, 'enabled'));
      if (
        config?.kind === 'unknown' ||
        modeText === 'unknown' ||
        legacy === 'unknown' ||
        enabled === 'unknown'
      )
        return [];
      if (
        (modeText !== undefined && ENFORCING.has(modeText)) ||
        legacy === true ||
        (modeText === undefined && enabled === true)
      )
        return [];
      const how = modeText ? `sets evaluation_mode ${modeText}` : 'does not enable Binary Authorization';
      return [
        flag(
          cluster.resource,
          mode ?? config,
          `cluster ${cluster.resource.address} ${how}, so any image can run`,
        ),
      ];
    });
  },
};

export default rule;
