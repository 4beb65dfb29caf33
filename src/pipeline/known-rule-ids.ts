import { ruleIdsAndAliases } from '../core/config';

type RuleCatalogModule = typeof import('./rule-catalog');

/**
 * Every rule id and alias cloudgate knows, so one config file can name IaC rules and audit checks. Listed
 * only when a config file is read: most scans have none, and the list holds over a thousand ids.
 */
export function knownRuleIds(): Iterable<string> {
  return {
    [Symbol.iterator]: () => {
      const metas = loadRuleCatalog().ruleCatalog();
      return ruleIdsAndAliases(metas.map((meta) => ({ meta })))[Symbol.iterator]();
    },
  };
}

/**
 * The catalog holds every audit check, which a scan of files never runs: required here, when a config file
 * is read, rather than imported, its modules do not run at the start of every scan (5 to 12 ms here).
 */
function loadRuleCatalog(): RuleCatalogModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: loaded on first use
  return require('./rule-catalog') as RuleCatalogModule;
}
