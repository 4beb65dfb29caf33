import {
  coversInternet,
  defaultInboundAccess,
  isPublicIpv4,
  prefixMatches,
} from '../../../../src/scanners/iac/azure/address-prefixes';
import {
  ALL_PORTS,
  contains,
  describePorts,
  intersect,
  isAllPorts,
  parsePortRange,
  subtract,
  union,
} from '../../../../src/scanners/iac/azure/port-set';

describe('NSG port ranges', () => {
  it('parses single ports, ranges and *, and refuses what Azure would refuse', () => {
    expect(['22', '20-25', ' 8000 - 8080 ', '*', 'Any'].map(parsePortRange)).toEqual([
      [[22, 22]],
      [[20, 25]],
      [[8000, 8080]],
      ALL_PORTS,
      ALL_PORTS,
    ]);
    expect(['25-20', '70000', 'ssh', '', '1-2-3'].map(parsePortRange)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('merges, intersects and subtracts sets of ranges', () => {
    const web = union([[443, 443]], [[80, 80]], [[81, 90]]);
    expect(web).toEqual([
      [80, 90],
      [443, 443],
    ]);
    expect(intersect(web, [[85, 500]])).toEqual([
      [85, 90],
      [443, 443],
    ]);
    expect(subtract(ALL_PORTS, [[22, 22]])).toEqual([
      [0, 21],
      [23, 65535],
    ]);
    expect(isAllPorts(union([[0, 100]], [[101, 65535]]))).toBe(true);
    expect(contains(web, 443)).toBe(true);
    expect(contains(web, 442)).toBe(false);
    expect(describePorts(subtract(ALL_PORTS, [[22, 22]]))).toBe('0-21, 23-65535');
  });
});

describe('NSG address prefixes', () => {
  it('counts *, Any, 0.0.0.0/0, ::/0 and the Internet tag as the whole Internet, and nothing narrower', () => {
    expect(['*', 'Any', '0.0.0.0/0', '::/0', 'Internet', 'internet'].every(coversInternet)).toBe(true);
    expect(['AzureLoadBalancer', 'VirtualNetwork', '10.0.0.0/8', '1.0.0.0/1'].some(coversInternet)).toBe(
      false,
    );
  });

  it('matches single addresses against ranges and service tags', () => {
    expect(prefixMatches('203.0.113.0/24', '203.0.113.77')).toBe(true);
    expect(prefixMatches('203.0.113.0/24', '203.0.114.1')).toBe(false);
    expect(prefixMatches('Internet', '8.8.8.8')).toBe(true);
    expect(prefixMatches('Internet', '10.1.2.3')).toBe(false);
    expect(prefixMatches('AzureLoadBalancer', '168.63.129.16')).toBe(true);
    expect(prefixMatches('203.0.113.0/24', 'Internet')).toBe(false);
    expect(isPublicIpv4('172.20.0.0/16')).toBe(false);
    expect(isPublicIpv4('172.32.0.1')).toBe(true);
  });

  it("follows Azure's built-in rules when no rule matches", () => {
    expect(
      ['Internet', '8.8.8.8', 'VirtualNetwork', 'AzureLoadBalancer', '10.0.0.5'].map(defaultInboundAccess),
    ).toEqual(['Deny', 'Deny', 'Allow', 'Allow', 'Allow']);
  });
});
