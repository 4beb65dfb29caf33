import type { Violation } from '../../../../../core/engine';
import { describeSetting, isArm, label, readBool, readText } from '../../../azure/azure-resource';
import { flexibleParameters, singleServers, type DbEngine } from '../../../azure/db-server-view';
import type { IacModel } from '../../../model/iac-model';
import { flag } from '../../../model/violation';

/**
 * Servers of the engine that accept connections without TLS: single servers with SSL
 * enforcement off, flexible servers whose `require_secure_transport` parameter is off.
 */
export function sslNotEnforced(model: IacModel, engine: DbEngine): Violation[] {
  const single = singleServers(model, engine).flatMap(({ resource, sslEnforcement }) => {
    const off = isArm(resource)
      ? readText(sslEnforcement.node)?.toLowerCase() === 'disabled'
      : readBool(sslEnforcement.node) === false;
    return off
      ? [
          flag(
            resource,
            sslEnforcement.node,
            `${label(resource)} accepts connections without TLS: ${describeSetting(sslEnforcement)}`,
          ),
        ]
      : [];
  });
  const flexible = flexibleParameters(model, engine, ['require_secure_transport'])
    .filter(({ value }) => /^(off|0|false)$/i.test(readText(value.node) ?? ''))
    .map(({ resource, value }) =>
      flag(
        resource,
        value.node,
        `${label(resource)} turns require_secure_transport off: ${describeSetting(value)}`,
      ),
    );
  return [...single, ...flexible];
}
