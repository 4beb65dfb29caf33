import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  effectiveInboundAccess,
  evaluateInbound,
  networkSecurityGroups,
  securityRules,
  type NetworkSecurityGroup,
} from '../../../../src/scanners/iac/azure/nsg-view';
import { describePorts } from '../../../../src/scanners/iac/azure/port-set';
import { AZURE_RULES } from '../../../../src/scanners/iac/rules/azure/index';
import { armRule, armTemplate, findingKeys, scanFiles } from './scan-files';

const SEED_NSG = readFileSync(path.join(__dirname, 'fixtures/seed-nsg.json'), 'utf8');

function groupNamed(groups: NetworkSecurityGroup[], name: string): NetworkSecurityGroup {
  const group = groups.find((candidate) => candidate.name === name);
  if (!group)
    throw new Error(`no group ${name} among ${groups.map((candidate) => candidate.name).join(', ')}`);
  return group;
}

function nsgTemplate(rules: unknown[]): string {
  return armTemplate([
    {
      type: 'Microsoft.Network/networkSecurityGroups',
      apiVersion: '2023-09-01',
      name: 'app-nsg',
      properties: { securityRules: rules },
    },
  ]);
}

describe('NSG view: the seed network security group', () => {
  const { model } = scanFiles({ 'azuredeploy.json': SEED_NSG });
  const seed = groupNamed(networkSecurityGroups(model), 'web-nsg');

  it('reads both seed rules with priority, direction, access, protocol, sources and ports', () => {
    expect(
      seed.rules.map((rule) => [
        rule.name,
        rule.priority,
        rule.direction,
        rule.access,
        rule.protocol,
        rule.sources.map((source) => source.value),
        describePorts(rule.ports),
      ]),
    ).toEqual([
      ['AllowHTTPS', 100, 'inbound', 'allow', 'tcp', ['AzureLoadBalancer'], '443'],
      ['DenyAllInbound', 4096, 'inbound', 'deny', '*', ['*'], 'all ports'],
    ]);
  });

  it('lets the load balancer reach 443 but nothing from the Internet', () => {
    expect(effectiveInboundAccess(seed, 443, 'AzureLoadBalancer')).toMatchObject({
      access: 'Allow',
      rule: { name: 'AllowHTTPS' },
    });
    expect(effectiveInboundAccess(seed, 443, '168.63.129.16')).toMatchObject({
      access: 'Allow',
      rule: { name: 'AllowHTTPS' },
    });
    expect(effectiveInboundAccess(seed, 443, 'Internet')).toMatchObject({
      access: 'Deny',
      rule: { name: 'DenyAllInbound' },
    });
    expect(effectiveInboundAccess(seed, 22, '203.0.113.9')).toMatchObject({
      access: 'Deny',
      rule: { name: 'DenyAllInbound' },
    });
    expect(effectiveInboundAccess(seed, 53, 'Internet', 'udp')).toMatchObject({
      access: 'Deny',
      rule: { name: 'DenyAllInbound' },
    });
  });

  it('gives no finding with every Azure rule: DenyAllInbound is not flagged, AllowHTTPS from AzureLoadBalancer is not Internet-open', () => {
    const result = scanFiles({ 'azuredeploy.json': SEED_NSG }, AZURE_RULES);
    expect(result.report.notices.filter((notice) => notice.kind !== 'warning')).toEqual([]);
    expect(findingKeys(result)).toEqual([]);
  });
});

describe('NSG view: priority order', () => {
  it('lets an earlier Deny win over a later Allow, whatever the order in the file', () => {
    const { model } = scanFiles({
      'azuredeploy.json': nsgTemplate([
        armRule('AllowEverything', {
          priority: 300,
          access: 'Allow',
          protocol: '*',
          sourceAddressPrefix: 'Internet',
          destinationPortRange: '*',
        }),
        armRule('DenySsh', {
          priority: 100,
          access: 'Deny',
          protocol: 'Tcp',
          sourceAddressPrefix: '*',
          destinationPortRange: '22',
        }),
      ]),
    });
    const [group] = networkSecurityGroups(model);
    expect(effectiveInboundAccess(group!, 22, 'Internet')).toMatchObject({
      access: 'Deny',
      rule: { name: 'DenySsh' },
    });
    expect(effectiveInboundAccess(group!, 22, 'Internet', 'udp')).toMatchObject({
      access: 'Allow',
      rule: { name: 'AllowEverything' },
    });
    expect(effectiveInboundAccess(group!, 3389, 'Internet')).toMatchObject({
      access: 'Allow',
      rule: { name: 'AllowEverything' },
    });
    const claims = evaluateInbound(group!.rules, 'Internet', 'tcp').claims;
    expect(claims.map((claim) => [claim.rule.name, describePorts(claim.ports)])).toEqual([
      ['DenySsh', '22'],
      ['AllowEverything', '0-21, 23-65535'],
    ]);
  });

  it('lets an earlier Allow win over a later Deny', () => {
    const template = nsgTemplate([
      armRule('DenyAll', {
        priority: 4000,
        access: 'Deny',
        protocol: '*',
        sourceAddressPrefix: '*',
        destinationPortRange: '*',
      }),
      armRule('AllowRange', {
        priority: 200,
        access: 'Allow',
        protocol: 'Tcp',
        sourceAddressPrefix: '0.0.0.0/0',
        destinationPortRange: '20-25',
      }),
    ]);
    const { model } = scanFiles({ 'azuredeploy.json': template });
    const [group] = networkSecurityGroups(model);
    expect(effectiveInboundAccess(group!, 22, 'Internet')).toMatchObject({
      access: 'Allow',
      rule: { name: 'AllowRange' },
    });
    expect(effectiveInboundAccess(group!, 26, 'Internet')).toMatchObject({
      access: 'Deny',
      rule: { name: 'DenyAll' },
    });
    const ruleIds = scanFiles({ 'azuredeploy.json': template }, AZURE_RULES).report.findings.map(
      (finding) => finding.ruleId,
    );
    expect(ruleIds).toEqual(['azure-network-ssh-open-to-internet']);
  });

  it('does not let a Deny for other sources or another protocol close the port to the Internet', () => {
    const { model } = scanFiles({
      'azuredeploy.json': nsgTemplate([
        armRule('DenyPartner', {
          priority: 100,
          access: 'Deny',
          protocol: 'Tcp',
          sourceAddressPrefix: '198.51.100.0/24',
          destinationPortRange: '22',
        }),
        armRule('DenyUdp', {
          priority: 110,
          access: 'Deny',
          protocol: 'Udp',
          sourceAddressPrefix: '*',
          destinationPortRange: '*',
        }),
        armRule('AllowSsh', {
          priority: 120,
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: 'Any',
          destinationPortRange: '22',
        }),
      ]),
    });
    const [group] = networkSecurityGroups(model);
    expect(effectiveInboundAccess(group!, 22, 'Internet')).toMatchObject({
      access: 'Allow',
      rule: { name: 'AllowSsh' },
    });
    expect(effectiveInboundAccess(group!, 22, '198.51.100.7')).toMatchObject({
      access: 'Deny',
      rule: { name: 'DenyPartner' },
    });
  });

  it('falls back to the built-in rules when no written rule matches', () => {
    const { model } = scanFiles({
      'azuredeploy.json': nsgTemplate([
        armRule('AllowOffice', {
          priority: 100,
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: '203.0.113.0/24',
          destinationPortRange: '22',
        }),
      ]),
    });
    const [group] = networkSecurityGroups(model);
    expect(effectiveInboundAccess(group!, 22, 'Internet')).toEqual({ access: 'Deny' });
    expect(effectiveInboundAccess(group!, 22, '203.0.113.40')).toMatchObject({
      access: 'Allow',
      rule: { name: 'AllowOffice' },
    });
    expect(effectiveInboundAccess(group!, 8080, 'VirtualNetwork')).toEqual({ access: 'Allow' });
  });
});

describe('NSG view: sources, ports and unknown values', () => {
  it('reads *, Internet, 0.0.0.0/0 and Any as the whole Internet, and lists, ranges and * as ports', () => {
    const { model } = scanFiles({
      'azuredeploy.json': nsgTemplate([
        armRule('A', {
          priority: 100,
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: '*',
          destinationPortRange: '20-25',
        }),
        armRule('B', {
          priority: 110,
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: 'Internet',
          destinationPortRanges: ['80', '443', '8000-8010'],
        }),
        armRule('C', {
          priority: 120,
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefixes: ['10.0.0.0/8', '0.0.0.0/0'],
          destinationPortRange: '3389',
        }),
        armRule('D', {
          priority: 130,
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: 'Any',
          destinationPortRange: '5432',
        }),
        armRule('E', {
          priority: 140,
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: 'VirtualNetwork',
          destinationPortRange: '*',
        }),
      ]),
    });
    const claims = evaluateInbound(networkSecurityGroups(model)[0]!.rules, 'Internet').claims;
    expect(claims.map((claim) => [claim.rule.name, describePorts(claim.ports)])).toEqual([
      ['A', '20-25'],
      ['B', '80, 443, 8000-8010'],
      ['C', '3389'],
      ['D', '5432'],
    ]);
  });

  it('stays unknown for ports a deployment-time value could decide, and certain elsewhere', () => {
    const { model } = scanFiles({
      'azuredeploy.json': armTemplate(
        [
          {
            type: 'Microsoft.Network/networkSecurityGroups',
            apiVersion: '2023-09-01',
            name: 'app-nsg',
            properties: {
              securityRules: [
                armRule('MaybeDeny', {
                  priority: 100,
                  access: "[parameters('access')]",
                  protocol: 'Tcp',
                  sourceAddressPrefix: '*',
                  destinationPortRange: '22',
                }),
                armRule('Anywhere', {
                  priority: "[parameters('priority')]",
                  access: 'Deny',
                  protocol: 'Tcp',
                  sourceAddressPrefix: '*',
                  destinationPortRange: '3389',
                }),
                armRule('AllowAll', {
                  priority: 200,
                  access: 'Allow',
                  protocol: 'Tcp',
                  sourceAddressPrefix: '*',
                  destinationPortRange: '*',
                }),
              ],
            },
          },
        ],
        { parameters: { access: { type: 'string' }, priority: { type: 'int' } } },
      ),
    });
    const [group] = networkSecurityGroups(model);
    expect(effectiveInboundAccess(group!, 22, 'Internet')).toEqual({ access: 'unknown' });
    expect(effectiveInboundAccess(group!, 3389, 'Internet')).toEqual({ access: 'unknown' });
    expect(effectiveInboundAccess(group!, 443, 'Internet')).toMatchObject({
      access: 'Allow',
      rule: { name: 'AllowAll' },
    });
  });

  it('treats an unreadable port expression as unknown rather than guessing', () => {
    const { model } = scanFiles({
      'azuredeploy.json': nsgTemplate([
        armRule('Odd', {
          priority: 100,
          access: 'Allow',
          protocol: 'Tcp',
          sourceAddressPrefix: '*',
          destinationPortRange: '22-ssh',
        }),
      ]),
    });
    const [rule] = securityRules(model);
    expect(rule!.portsUnknown).toBe(true);
    expect(effectiveInboundAccess(networkSecurityGroups(model)[0]!, 22, 'Internet')).toEqual({
      access: 'unknown',
    });
  });
});

describe('NSG view: joining rules to their group', () => {
  it('joins Terraform rule resources by reference and by written name, and keeps orphans in their own group', () => {
    const { model } = scanFiles({
      'main.tf': `resource "azurerm_network_security_group" "web" {
  name                = "web-nsg"
  location            = "westeurope"
  resource_group_name = "rg-web"

  security_rule {
    name                       = "DenySsh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "by_reference" {
  name                        = "AllowAll"
  priority                    = 200
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "Internet"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-web"
  network_security_group_name = azurerm_network_security_group.web.name
}

resource "azurerm_network_security_rule" "by_name" {
  name                        = "AllowHttps"
  priority                    = 210
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "443"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-web"
  network_security_group_name = "web-nsg"
}

resource "azurerm_network_security_rule" "orphan" {
  name                        = "AllowRdp"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = "rg-other"
  network_security_group_name = "other-nsg"
}
`,
    });
    const groups = networkSecurityGroups(model);
    expect(
      groups.map((group) => [group.name, group.resource?.address, group.rules.map((rule) => rule.name)]),
    ).toEqual([
      ['web-nsg', 'azurerm_network_security_group.web', ['DenySsh', 'AllowAll', 'AllowHttps']],
      ['other-nsg', undefined, ['AllowRdp']],
    ]);
    const web = groupNamed(groups, 'web-nsg');
    expect(effectiveInboundAccess(web, 22, 'Internet')).toMatchObject({
      access: 'Deny',
      rule: { name: 'DenySsh' },
    });
    expect(effectiveInboundAccess(web, 443, 'Internet')).toMatchObject({
      access: 'Allow',
      rule: { name: 'AllowAll' },
    });
  });

  it('joins ARM child rules, nested or declared at the top with a parent/child name', () => {
    const { model } = scanFiles({
      'azuredeploy.json': armTemplate([
        {
          type: 'Microsoft.Network/networkSecurityGroups',
          apiVersion: '2023-09-01',
          name: 'web-nsg',
          properties: {
            securityRules: [
              armRule('Inline', {
                priority: 100,
                access: 'Deny',
                protocol: '*',
                sourceAddressPrefix: '*',
                destinationPortRange: '22',
              }),
            ],
          },
          resources: [
            {
              type: 'securityRules',
              apiVersion: '2023-09-01',
              name: 'Nested',
              properties: {
                priority: 200,
                direction: 'Inbound',
                access: 'Allow',
                protocol: 'Tcp',
                sourceAddressPrefix: '*',
                destinationPortRange: '20-30',
              },
            },
          ],
        },
        {
          type: 'Microsoft.Network/networkSecurityGroups/securityRules',
          apiVersion: '2023-09-01',
          name: "[concat('web-nsg', '/TopLevel')]",
          properties: {
            priority: 300,
            direction: 'Inbound',
            access: 'Allow',
            protocol: 'Udp',
            sourceAddressPrefix: 'Internet',
            destinationPortRange: '53',
          },
        },
      ]),
    });
    const groups = networkSecurityGroups(model);
    expect(groups.map((group) => [group.name, group.rules.map((rule) => rule.name)])).toEqual([
      ['web-nsg', ['Inline', 'Nested', 'TopLevel']],
    ]);
    expect(effectiveInboundAccess(groups[0]!, 22, 'Internet')).toMatchObject({
      access: 'Deny',
      rule: { name: 'Inline' },
    });
    expect(effectiveInboundAccess(groups[0]!, 25, 'Internet')).toMatchObject({
      access: 'Allow',
      rule: { name: 'Nested' },
    });
    expect(effectiveInboundAccess(groups[0]!, 53, 'Internet', 'udp')).toMatchObject({
      access: 'Allow',
      rule: { name: 'TopLevel' },
    });
  });
});
