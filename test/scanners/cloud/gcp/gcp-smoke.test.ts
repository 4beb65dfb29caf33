import firewallAdminPortsOpen from '../../../../src/scanners/cloud/rules/gcp/firewall-admin-ports-open/check';
import { SERVICE_ACCOUNT, startGcpHarness, type GcpHarness } from './gcp-harness';

describe('GCP audit through the real client libraries on loopback', () => {
  let harness: GcpHarness;
  afterEach(async () => harness?.close());

  it('federates the GitHub token, impersonates the service account and reads firewall rules', async () => {
    harness = await startGcpHarness({
      projects: [
        {
          projectId: 'shop-prod',
          projectNumber: '555000111222',
          resources: {
            'compute/v1/projects/shop-prod/global/firewalls': {
              kind: 'compute#firewallList',
              items: [
                {
                  name: 'allow-ssh-anywhere',
                  network: 'https://www.googleapis.com/compute/v1/projects/shop-prod/global/networks/default',
                  direction: 'INGRESS',
                  sourceRanges: ['0.0.0.0/0'],
                  allowed: [{ IPProtocol: 'tcp', ports: ['22'] }],
                  selfLink:
                    'https://www.googleapis.com/compute/v1/projects/shop-prod/global/firewalls/allow-ssh-anywhere',
                },
              ],
            },
          },
        },
      ],
      expectations: [],
    });
    // Only the firewall check: this project seeds nothing else, and the flow of credentials is what is tested.
    const result = await harness.audit({ rules: [firewallAdminPortsOpen] });
    expect(result.report.notices).toEqual([]);
    expect(result.report.findings.map((finding) => finding.ruleId)).toEqual([
      'gcp-audit-firewall-admin-ports-open',
    ]);
    expect(
      harness.server.world.calls
        .filter((call) => call.path.startsWith('compute/'))
        .map((call) => call.principal),
    ).toEqual([`serviceAccount:${SERVICE_ACCOUNT}`]);
  });
});
