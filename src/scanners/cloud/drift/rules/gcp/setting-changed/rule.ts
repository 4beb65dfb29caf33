import type { RuleMeta } from '../../../../../../core/rule';

/**
 * Reported at high severity when the live value is less strict than the declared one (a firewall rule opened wider, a bucket's uniform access turned off),
 * at medium when it is as strict or stricter: the code is then out of date, and the next `terraform apply`
 * would undo the hand-made change.
 */
export const meta: RuleMeta = {
  id: 'gcp-drift-setting-changed',
  title: 'Live security setting differs from the Terraform code',
  severity: 'high',
  description:
    'A security-relevant setting of a live Google Cloud resource no longer has the value its Terraform code declares: someone changed it outside Terraform (the Cloud console, gcloud, another tool). The code review no longer describes what runs, a loosened setting stays exposed until the next apply, and that apply silently reverts any deliberate change.',
  remediation:
    'Find out who changed the setting and why. If the change was a mistake, run `terraform apply` to restore the declared value; if it was intended, change the code to the new value so that review and state agree. `terraform plan -refresh-only` shows every difference.',
  links: [
    'https://developer.hashicorp.com/terraform/tutorials/state/resource-drift',
    'https://developer.hashicorp.com/terraform/cli/commands/plan',
  ],
  scanner: 'audit',
  platform: 'gcp',
  category: 'drift',
  compliance: {
    'nist-800-53-r5': ['CM-2', 'CM-3', 'CM-6'],
    'soc2-2017': ['CC7.1', 'CC8.1'],
    'pci-dss-4.0': ['2.2.1'],
  },
  aliases: [],
};
