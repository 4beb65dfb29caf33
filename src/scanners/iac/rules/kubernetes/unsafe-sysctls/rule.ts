import { child, items, text } from '../../../model/node';
import { flag, type IacRule } from '../../../model/violation';
import { podSecurity, workloads } from '../../../formats/kubernetes/workloads';
import { podSubject } from '../shared/pod-settings';

/** The namespaced sysctls the baseline Pod Security Standard lists as safe. */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

const rule: IacRule = {
  meta: {
    id: 'k8s-unsafe-sysctls',
    title: 'Pod sets kernel parameters outside the safe sysctl set',
    severity: 'medium',
    description:
      'Sysctls outside the safe set are either not isolated per pod, so they change the kernel for every workload on the node, or can switch off security mechanisms and exhaust node resources. The baseline Pod Security Standard allows only the safe set.',
    remediation:
      'Remove the unsafe sysctls from `securityContext.sysctls`. Node-wide tuning belongs in the node configuration, not in a workload.',
    links: [
      'https://kubernetes.io/docs/tasks/administer-cluster/sysctl-cluster/',
      'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
    ],
    scanner: 'iac',
    platform: 'kubernetes',
    category: 'workload',
    compliance: {
      'nist-800-53-r5': ['CM-7', 'SC-39'],
      'soc2-2017': ['CC6.1'],
      'pci-dss-4.0': ['2.2.6'],
    },
    aliases: ['AVD-KSV-0026', 'KSV026'],
  },
  check(model) {
    return workloads(model).flatMap((workload) => {
      const unsafe = items(podSecurity(workload, 'sysctls')).flatMap((entry) => {
        const node = child(entry, 'name');
        const name = text(node)?.trim();
        return node && name && !SAFE_SYSCTLS.has(name.replace(/\//g, '.')) ? [{ node, name }] : [];
      });
      if (unsafe.length === 0) return [];
      const names = unsafe.map(({ name }) => name).join(', ');
      return [
        flag(
          workload.resource,
          unsafe[0]!.node,
          `${podSubject(workload)} will run with unsafe sysctls: ${names}`,
        ),
      ];
    });
  },
};

export default rule;
