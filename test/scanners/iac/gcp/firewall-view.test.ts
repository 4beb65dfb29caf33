import {
  coversEverything,
  coversPort,
  deniedEarlier,
  firewallRules,
  internetSource,
  type FirewallRule,
} from '../../../../src/scanners/iac/gcp/firewall-view';
import { loadTerraform } from './load-terraform';

const model = loadTerraform(`
variable "ranges" {
  type = list(string)
}

resource "google_compute_firewall" "defaults" {
  name    = "defaults"
  network = "main"
  allow {
    protocol = "6"
    ports    = ["20-23", "not-a-port"]
  }
}

resource "google_compute_firewall" "tagged" {
  name        = "tagged"
  network     = "main"
  source_tags = ["bastion"]
  allow {
    protocol = "tcp"
  }
}

resource "google_compute_firewall" "variable_sources" {
  name          = "variable-sources"
  network       = "main"
  source_ranges = var.ranges
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "egress" {
  name               = "egress"
  network            = "main"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
  }
}

resource "google_compute_firewall" "deny_ssh_web" {
  name          = "deny-ssh-web"
  network       = "projects/acme/global/networks/main"
  priority      = 900
  target_tags   = ["web"]
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "allow_ssh_web" {
  name          = "allow-ssh-web"
  network       = "main"
  priority      = 1000
  target_tags   = ["web"]
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "allow_ssh_db" {
  name          = "allow-ssh-db"
  network       = "main"
  target_tags   = ["db"]
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
`);

function rule(name: string): FirewallRule {
  return firewallRules(model).find(
    (candidate) => candidate.resource.address === `google_compute_firewall.${name}`,
  )!;
}

describe('firewall view', () => {
  it('applies the provider defaults for direction, priority and disabled', () => {
    const defaults = rule('defaults');
    expect([defaults.direction, defaults.priority, defaults.disabled]).toEqual(['INGRESS', 1000, false]);
  });

  it('reads protocol numbers and port ranges, and knows when a port list is only partly understood', () => {
    const permission = rule('defaults').allow[0]!;
    expect(permission.protocol).toBe('tcp');
    expect([
      coversPort(permission, 'tcp', 22),
      coversPort(permission, 'udp', 22),
      coversPort(permission, 'tcp', 443),
    ]).toEqual([true, false, 'unknown']);
    expect(coversEverything(permission)).toBe('unknown');
  });

  it('treats an ingress rule without any source as open to the internet, but not one with source tags', () => {
    expect(internetSource(rule('defaults'))).toEqual({ node: undefined });
    expect(internetSource(rule('tagged'))).toBeUndefined();
    expect(coversEverything(rule('tagged').allow[0]!)).toBe(true);
  });

  it('stays silent about sources known only at apply time and about egress rules', () => {
    expect(rule('variable_sources').sourceRangesUnknown).toBe(true);
    expect(internetSource(rule('variable_sources'))).toBeUndefined();
    expect(internetSource(rule('egress'))).toBeUndefined();
  });

  it('sees an earlier deny for the same targets on the same network, and no other', () => {
    const denySsh = (permission: Parameters<typeof coversPort>[0]) =>
      coversPort(permission, 'tcp', 22) === true;
    expect(deniedEarlier(model, rule('allow_ssh_web'), denySsh)).toBe(true);
    expect(deniedEarlier(model, rule('allow_ssh_db'), denySsh)).toBe(false);
  });
});
