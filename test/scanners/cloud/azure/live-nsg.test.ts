import type {
  NetworkInterface,
  NetworkSecurityGroup,
  PublicIPAddress,
  SecurityRule,
} from '@azure/arm-network';
import { collected } from '../../../../src/scanners/cloud/collectors/aws/collected';
import type { AzureDatasets } from '../../../../src/scanners/cloud/collectors/azure/datasets';
import { evaluateScope } from '../../../../src/scanners/cloud/engine/scope-engine';
import vmAdminPortExposed from '../../../../src/scanners/cloud/rules/azure/network-vm-admin-port-exposed/check';
import sshOpen from '../../../../src/scanners/cloud/rules/azure/network-ssh-open-to-internet/check';
import {
  internetAccess,
  internetExposures,
} from '../../../../src/scanners/cloud/rules/azure/shared/live-nsg';

const SUB = '0d6c5b4a-3f2e-4d1c-9b8a-7f6e5d4c3b2a';
const GROUP = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/nsg`;

function rule(name: string, priority: number, fields: Partial<SecurityRule>): SecurityRule {
  return {
    id: `${GROUP}/securityRules/${name}`,
    name,
    priority,
    direction: 'Inbound',
    access: 'Allow',
    protocol: 'Tcp',
    sourceAddressPrefix: '*',
    destinationPortRange: '22',
    ...fields,
  };
}

function group(rules: SecurityRule[], extra: Partial<NetworkSecurityGroup> = {}): NetworkSecurityGroup {
  return { id: GROUP, name: 'nsg', location: 'northeurope', securityRules: rules, ...extra };
}

/** Runs checks through the scope engine over datasets already in the SDK's model shape. */
function run(datasets: Partial<AzureDatasets>, rules = [sshOpen]) {
  const data = new Map(Object.entries(datasets).map(([key, value]) => [key, collected(value)]));
  return evaluateScope(rules, { provider: 'azure', scope: SUB, datasets: data as never }, new Date());
}

describe('NSG evaluation of rules read from ARM (shared with the IaC checks)', () => {
  it('lets an earlier Deny covering the port and the Internet win over a later Allow', () => {
    const nsg = group([
      rule('DenyRange', 100, { access: 'Deny', destinationPortRange: '0-1024', protocol: '*' }),
      rule('AllowSSH', 200, {}),
    ]);
    expect(internetAccess(nsg, 22)).toMatchObject({ access: 'Deny', rule: { name: 'DenyRange' } });
    expect(internetExposures([nsg])).toEqual([]);
  });

  it('does not let a Deny for one range, or an Allow for a service tag, decide for the whole Internet', () => {
    const nsg = group([
      rule('DenyPartner', 100, { access: 'Deny', sourceAddressPrefix: '203.0.113.0/24' }),
      rule('AllowLb', 110, { sourceAddressPrefix: 'AzureLoadBalancer', destinationPortRange: '3389' }),
      rule('AllowSSH', 120, {
        sourceAddressPrefix: undefined,
        sourceAddressPrefixes: ['10.0.0.0/8', '::/0'],
      }),
    ]);
    expect(internetAccess(nsg, 3389).access).toBe('Deny');
    const exposures = internetExposures([nsg]);
    expect(exposures.map((exposure) => [exposure.rule.name, exposure.rule.source, exposure.tcp])).toEqual([
      ['AllowSSH', '::/0', [[22, 22]]],
    ]);
  });

  it('reads port lists and ranges, ignores outbound, UDP-only and application-security-group rules', () => {
    const nsg = group([
      rule('Outbound', 100, { direction: 'Outbound' }),
      rule('UdpOnly', 110, { protocol: 'Udp' }),
      rule('Asg', 120, { sourceAddressPrefix: undefined, sourceApplicationSecurityGroups: [{ id: 'asg' }] }),
      rule('Range', 130, { destinationPortRange: undefined, destinationPortRanges: ['80', '20-25'] }),
    ]);
    const evaluation = run({ networkSecurityGroups: [nsg] });
    expect(evaluation.findings.map((finding) => [finding.resource, finding.location])).toEqual([
      [`${GROUP}/securityRules/Range`, expect.objectContaining({ region: 'northeurope', account: SUB })],
    ]);
  });

  it('stays silent on a port it cannot read instead of guessing', () => {
    const nsg = group([rule('Odd', 100, { destinationPortRange: 'ssh' }), rule('AllowSSH', 200, {})]);
    expect(internetAccess(nsg, 22).access).toBe('unknown');
    expect(run({ networkSecurityGroups: [nsg] }).findings).toEqual([]);
  });
});

describe('Virtual machine exposure through the subnet and NIC groups', () => {
  const subnet = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/virtualNetworks/v/subnets/s`;
  const ipId = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/publicIPAddresses/ip`;
  const nicGroupId = `${GROUP}-nic`;
  const vm = `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1`;
  const nic = (nsg?: string): NetworkInterface => ({
    id: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/nic1`,
    name: 'nic1',
    location: 'northeurope',
    virtualMachine: { id: vm },
    ...(nsg ? { networkSecurityGroup: { id: nsg } } : {}),
    ipConfigurations: [{ name: 'ip', subnet: { id: subnet }, publicIPAddress: { id: ipId } }],
  });
  const ip = (sku: 'Basic' | 'Standard'): PublicIPAddress => ({
    id: ipId,
    ipAddress: '20.1.2.3',
    sku: { name: sku },
  });
  const openSubnet = group([rule('AllowSSH', 100, {})], { subnets: [{ id: subnet }] });
  const closedNic = { ...group([rule('DenySSH', 100, { access: 'Deny' })]), id: nicGroupId, name: 'nsg-nic' };

  function exposed(datasets: Partial<AzureDatasets>): string[] {
    return run(datasets, [vmAdminPortExposed]).findings.map((finding) => finding.message);
  }

  it('needs both the subnet and the NIC group to allow the port', () => {
    expect(
      exposed({
        networkInterfaces: [nic(nicGroupId)],
        networkSecurityGroups: [openSubnet, closedNic],
        publicIpAddresses: [ip('Standard')],
      }),
    ).toEqual([]);
    expect(
      exposed({
        networkInterfaces: [nic()],
        networkSecurityGroups: [openSubnet],
        publicIpAddresses: [ip('Standard')],
      }),
    ).toEqual([
      'VM vm1 is reachable from the Internet on SSH (TCP 22) on 20.1.2.3, allowed by NSG nsg rule AllowSSH.',
    ]);
  });

  it('treats a NIC without any group as closed behind a Standard public IP and open behind a Basic one', () => {
    const base = { networkInterfaces: [nic()], networkSecurityGroups: [] };
    expect(exposed({ ...base, publicIpAddresses: [ip('Standard')] })).toEqual([]);
    expect(exposed({ ...base, publicIpAddresses: [ip('Basic')] })[0]).toContain(
      'RDP (TCP 3389) on 20.1.2.3, no NSG, and a Basic public IP is open by default',
    );
  });
});
