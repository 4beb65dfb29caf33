import {
  computeInstances,
  createdDisks,
  diskEncrypted,
  externalAddressBlocks,
  metadataValue,
  projectMetadata,
  serviceAccountOf,
  type ComputeInstance,
} from '../../../../src/scanners/iac/gcp/compute-instance-view';
import { loadTerraform, resource } from './load-terraform';

const model = loadTerraform(`
variable "sa_email" {
  type = string
}

variable "metadata" {
  type = map(string)
}

data "google_compute_default_service_account" "default" {}

resource "google_service_account" "app" {
  account_id = "app"
}

resource "google_compute_instance" "no_email" {
  name         = "no-email"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = "app"
    access_config {}
  }
  metadata = {
    enable-oslogin     = "TRUE"
    serial-port-enable = "0"
  }
  service_account {
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance" "looked_up" {
  name         = "looked-up"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    source = "projects/acme/zones/europe-west1-b/disks/existing"
  }
  network_interface {
    subnetwork = "app"
  }
  metadata = var.metadata
  service_account {
    email  = data.google_compute_default_service_account.default.email
    scopes = ["logging-write"]
  }
}

resource "google_compute_instance" "dedicated" {
  name         = "dedicated"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    disk_encryption_key_raw = "c2VjcmV0LWtleS1tYXRlcmlhbC0zMi1ieXRlcy0xMjM0NTY="
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = "app"
  }
  service_account {
    email  = google_service_account.app.email
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance" "variable_account" {
  name         = "variable-account"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = "app"
  }
  service_account {
    email = var.sa_email
  }
}

resource "google_compute_disk" "plain" {
  name = "plain"
  zone = "europe-west1-b"
}

resource "google_compute_project_metadata" "common" {
  metadata = {
    enable-oslogin = "false"
  }
}
`);

function instance(name: string): ComputeInstance {
  return computeInstances(model).find(
    (candidate) => candidate.resource.address === `google_compute_instance.${name}`,
  )!;
}

describe('compute instance view', () => {
  it('reads metadata switches the way GCP does, and unknown metadata maps as unknown', () => {
    expect(metadataValue(instance('no_email'), 'enable-oslogin').value).toBe(true);
    expect(metadataValue(instance('no_email'), 'serial-port-enable').value).toBe(false);
    expect(metadataValue(instance('no_email'), 'block-project-ssh-keys').value).toBeUndefined();
    expect(metadataValue(instance('looked_up'), 'enable-oslogin').value).toBe('unknown');
  });

  it('tells the default service account from a dedicated one', () => {
    expect(
      ['no_email', 'looked_up', 'dedicated', 'variable_account'].map(
        (name) => serviceAccountOf(instance(name))?.isDefault,
      ),
    ).toEqual([true, true, false, 'unknown']);
  });

  it('lists external address blocks', () => {
    expect(externalAddressBlocks(instance('no_email'))).toHaveLength(1);
    expect(externalAddressBlocks(instance('dedicated'))).toHaveLength(0);
  });

  it('judges only the disks an instance creates, and standalone disks on their own', () => {
    expect(createdDisks(instance('no_email')).map((disk) => disk.encrypted)).toEqual([false]);
    expect(createdDisks(instance('looked_up'))).toEqual([]);
    expect(createdDisks(instance('dedicated')).map((disk) => disk.encrypted)).toEqual([true]);
    expect(diskEncrypted(resource(model, 'google_compute_disk.plain'))).toBe(false);
  });

  it('reads project-wide metadata', () => {
    expect(projectMetadata(model, 'enable-oslogin').map((entry) => entry.value)).toEqual([false]);
  });
});
