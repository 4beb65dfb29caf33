terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

provider "azurerm" {
  features {}
  storage_use_azuread = true
}

variable "prefix" {
  type    = string
  default = "shop"
}

variable "location" {
  type    = string
  default = "westeurope"
}

variable "ssh_public_key" {
  type = string
}

variable "vm_admin_password" {
  type      = string
  sensitive = true
}

variable "office_range" {
  type    = string
  default = "203.0.113.0/24"
}

variable "sql_admin_group_id" {
  type = string
}

data "azurerm_client_config" "current" {}

data "azurerm_subscription" "current" {}

resource "azurerm_resource_group" "app" {
  name     = "rg-${var.prefix}"
  location = var.location
}

# Network: management ports open to the Internet; the Deny comes too late to matter.
resource "azurerm_network_security_group" "web" {
  name                = "web-nsg"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name

  security_rule {
    name                       = "AllowHTTPS"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "AzureLoadBalancer"
    destination_address_prefix = "VirtualNetwork"
  }

  security_rule {
    name                       = "AllowManagement"
    priority                   = 200
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_ranges    = ["22", "3389", "5432"]
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "DenyAllInbound"
    priority                   = 4096
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

resource "azurerm_virtual_network" "app" {
  name                = "${var.prefix}-vnet"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name
  address_space       = ["10.20.0.0/16"]
}

resource "azurerm_subnet" "web" {
  name                 = "web"
  resource_group_name  = azurerm_resource_group.app.name
  virtual_network_name = azurerm_virtual_network.app.name
  address_prefixes     = ["10.20.1.0/24"]
}

resource "azurerm_network_interface" "web" {
  name                = "web01-nic"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.web.id
    private_ip_address_allocation = "Dynamic"
    public_ip_address_id          = azurerm_public_ip.web.id
  }
}

resource "azurerm_public_ip" "web" {
  name                = "web01-pip"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_network_watcher_flow_log" "web" {
  name                 = "web-nsg-flow-log"
  network_watcher_name = "NetworkWatcher_${var.location}"
  resource_group_name  = "NetworkWatcherRG"
  target_resource_id   = azurerm_network_security_group.web.id
  storage_account_id   = azurerm_storage_account.data.id
  enabled              = false
  version              = 2

  retention_policy {
    enabled = true
    days    = 7
  }
}

resource "azurerm_linux_virtual_machine" "web" {
  name                       = "web01"
  resource_group_name        = azurerm_resource_group.app.name
  location                   = azurerm_resource_group.app.location
  size                       = "Standard_D2s_v5"
  admin_username             = "azureuser"
  network_interface_ids      = [azurerm_network_interface.web.id]
  admin_password                  = var.vm_admin_password
  disable_password_authentication = false

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }
}

# Storage
resource "azurerm_storage_account" "data" {
  name                              = "${var.prefix}data01"
  resource_group_name               = azurerm_resource_group.app.name
  location                          = azurerm_resource_group.app.location
  account_tier                      = "Standard"
  account_replication_type          = "ZRS"
  min_tls_version                   = "TLS1_0"
  https_traffic_only_enabled        = false
  infrastructure_encryption_enabled = false

  network_rules {
    default_action = "Allow"
    bypass         = ["AzureServices"]
  }
}

resource "azurerm_storage_container" "invoices" {
  name                  = "invoices"
  storage_account_id    = azurerm_storage_account.data.id
  container_access_type = "container"
}

# Key Vault
resource "azurerm_key_vault" "app" {
  name                       = "kv-${var.prefix}-prod"
  location                   = azurerm_resource_group.app.location
  resource_group_name        = azurerm_resource_group.app.name
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = false
  soft_delete_retention_days = 7
}

resource "azurerm_key_vault_key" "storage" {
  name            = "storage-cmk"
  key_vault_id    = azurerm_key_vault.app.id
  key_type        = "RSA"
  key_size        = 3072
  key_opts        = ["unwrapKey", "wrapKey"]
}

resource "azurerm_key_vault_secret" "db" {
  name         = "db-password"
  value        = var.vm_admin_password
  key_vault_id = azurerm_key_vault.app.id
}

# SQL
resource "azurerm_mssql_server" "app" {
  name                          = "sql-${var.prefix}"
  resource_group_name           = azurerm_resource_group.app.name
  location                      = azurerm_resource_group.app.location
  version                       = "12.0"
  minimum_tls_version           = "1.0"
  administrator_login           = "sqladmin"
  administrator_login_password  = var.vm_admin_password
}

resource "azurerm_mssql_firewall_rule" "everyone" {
  name             = "AllowEveryone"
  server_id        = azurerm_mssql_server.app.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "255.255.255.255"
}

resource "azurerm_mssql_firewall_rule" "azure" {
  name             = "AllowAllWindowsAzureIps"
  server_id        = azurerm_mssql_server.app.id
  start_ip_address = "0.0.0.0"
  end_ip_address   = "0.0.0.0"
}

resource "azurerm_postgresql_flexible_server_configuration" "insecure_transport" {
  name      = "require_secure_transport"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-shop/providers/Microsoft.DBforPostgreSQL/flexibleServers/pg-shop"
  value     = "off"
}

resource "azurerm_mysql_flexible_server_configuration" "old_tls" {
  name                = "tls_version"
  resource_group_name = "rg-shop"
  server_name         = "mysql-shop"
  value               = "TLSv1,TLSv1.1,TLSv1.2"
}

resource "azurerm_cosmosdb_account" "catalog" {
  name                = "cosmos-${var.prefix}"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name
  offer_type          = "Standard"
  kind                = "GlobalDocumentDB"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = var.location
    failover_priority = 0
  }
}

resource "azurerm_mssql_database" "orders" {
  name                                = "orders"
  server_id                           = azurerm_mssql_server.app.id
  sku_name                            = "S1"
  transparent_data_encryption_enabled = false
}

# App Service
resource "azurerm_service_plan" "app" {
  name                = "${var.prefix}-plan"
  resource_group_name = azurerm_resource_group.app.name
  location            = azurerm_resource_group.app.location
  os_type             = "Linux"
  sku_name            = "P1v3"
}

resource "azurerm_linux_web_app" "web" {
  name                = "${var.prefix}-web"
  resource_group_name = azurerm_resource_group.app.name
  location            = azurerm_resource_group.app.location
  service_plan_id     = azurerm_service_plan.app.id

  site_config {
    minimum_tls_version      = "1.1"
    ftps_state               = "AllAllowed"
    remote_debugging_enabled = true

    application_stack {
      node_version = "20-lts"
    }
  }
}

# AKS
resource "azurerm_kubernetes_cluster" "app" {
  name                              = "aks-${var.prefix}"
  location                          = azurerm_resource_group.app.location
  resource_group_name               = azurerm_resource_group.app.name
  dns_prefix                        = var.prefix
  role_based_access_control_enabled = false

  default_node_pool {
    name       = "system"
    node_count = 3
    vm_size    = "Standard_D4s_v5"
  }

  identity {
    type = "SystemAssigned"
  }

}

# Identity: the whole subscription handed out with no condition, and a custom owner role.
resource "azurerm_role_assignment" "data_team" {
  scope                = data.azurerm_subscription.current.id
  role_definition_name = "Contributor"
  principal_id         = var.sql_admin_group_id
  principal_type       = "Group"
}

resource "azurerm_role_definition" "operator" {
  name  = "platform-operator"
  scope = data.azurerm_subscription.current.id

  permissions {
    actions = ["*"]
  }

  assignable_scopes = [data.azurerm_subscription.current.id]
}

# Monitoring
resource "azurerm_monitor_log_profile" "legacy" {
  name       = "default"
  categories = ["Action", "Delete", "Write"]
  locations  = ["global", var.location]

  retention_policy {
    enabled = true
    days    = 30
  }
}

resource "azurerm_log_analytics_workspace" "security" {
  name                = "law-${var.prefix}-security"
  location            = azurerm_resource_group.app.location
  resource_group_name = azurerm_resource_group.app.name
  retention_in_days   = 365
}

resource "azurerm_monitor_diagnostic_setting" "activity" {
  name                       = "activity-to-law"
  target_resource_id         = data.azurerm_subscription.current.id
  log_analytics_workspace_id = azurerm_log_analytics_workspace.security.id

  dynamic "enabled_log" {
    for_each = ["Administrative", "Policy"]
    content {
      category = enabled_log.value
    }
  }
}

resource "azurerm_security_center_subscription_pricing" "plans" {
  for_each      = toset(["VirtualMachines", "StorageAccounts", "KeyVaults", "SqlServers", "Containers", "Arm"])
  tier          = "Free"
  resource_type = each.value
}
