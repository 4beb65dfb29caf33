import { flag, type IacRule } from '../../../model/violation';
import { at, flagNode, itemsOf, label, readBool, readText } from '../../../azure/azure-resource';
import { subscriptionDiagnosticSettings } from '../../../azure/monitor-view';

const REQUIRED = ['Administrative', 'Alert', 'Policy', 'Security'];

const rule: IacRule = {
  meta: {
    id: 'azure-monitor-activity-log-categories-missing',
    title: 'Subscription activity log export leaves out security categories',
    severity: 'medium',
    description:
      'A subscription diagnostic setting that does not export the Administrative, Alert, Policy and Security categories loses the records of resource changes, Defender alerts and policy decisions that investigations and alerting rely on.',
    remediation:
      'Export the `Administrative`, `Alert`, `Policy` and `Security` categories (or the `allLogs` category group) in the subscription diagnostic setting (`enabled_log` blocks in Terraform, `logs` in ARM).',
    links: [
      'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log-schema',
      'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings',
    ],
    scanner: 'iac',
    platform: 'azure',
    category: 'logging',
    compliance: {
      'cis-azure-3.0': ['6.1.1', '6.1.2'],
      'nist-800-53-r5': ['AU-2', 'AU-12'],
      'soc2-2017': ['CC7.2'],
      'pci-dss-4.0': ['10.2.1'],
      'hipaa-security-rule': ['164.312(b)'],
    },
    aliases: [],
  },
  check(model) {
    return subscriptionDiagnosticSettings(model).flatMap(({ resource, logs }) => {
      const exported = new Set<string>();
      for (const entry of logs.flatMap((log) => itemsOf(log.node))) {
        if (readBool(at(entry, 'enabled')) === false) continue;
        const names = [
          readText(at(entry, 'category')),
          readText(at(entry, 'category_group') ?? at(entry, 'categoryGroup')),
        ];
        if (names.includes('unknown') || entry.kind === 'unknown') return [];
        for (const name of names) if (name) exported.add(name.toLowerCase());
      }
      if (exported.has('alllogs') || exported.has('audit')) return [];
      const missing = REQUIRED.filter((category) => !exported.has(category.toLowerCase()));
      if (missing.length === 0) return [];
      const anchor = logs.map(flagNode).find((node) => node);
      return [
        flag(
          resource,
          anchor,
          `${label(resource)} does not export the ${missing.join(', ')} activity log categories`,
        ),
      ];
    });
  },
};

export default rule;
