import {
  assignUniqueFingerprints,
  checkRules,
  ruleFailure,
  type EngineOptions,
  type EngineResult,
} from '../../core/engine';
import type { Finding } from '../../core/finding';
import { mayHoldDirectives } from '../../core/inline-suppressions';
import type { Notice } from '../../core/notice';
import type { CheckedRoot } from './formats/format-loader';
import { gatherByScope } from './gathered-check';
import type { IacModel } from './model/iac-model';
import type { Resource } from './model/resource';
import type { AcrossRoots, IacRule } from './model/violation';

type GatheringRule = IacRule & { acrossRoots: Extract<AcrossRoots, { kind: 'gathered' }> };

interface RootModule {
  resources: Resource[];
  found?: EngineResult;
  /** Its resources of the types some rule reads across root modules. */
  acrossRoots: Resource[];
  /** What each gathering rule took from it. */
  parts: Map<IacRule, unknown>;
  count: number;
}

/**
 * The rules of a scan that checks each Terraform root module on its own, as soon as it is
 * evaluated: its resources are then dropped, so that a large scan holds only findings, not every
 * resource it read, and the garbage collector does not copy them all. Other formats are checked at
 * the end. A rule that reads across root modules says how (`acrossRoots`), and the resources it
 * needs are kept for the end.
 */
export class RootChecks {
  private readonly perRoot: IacRule[];
  private readonly wholeScan: IacRule[];
  private readonly gathering: GatheringRule[];
  private readonly keptTypes: Set<string>;
  private readonly pending: RootModule[] = [];
  private readonly kept: RootModule[] = [];
  private readonly filesWithDirectives = new Map<string, boolean>();

  constructor(
    private readonly rules: readonly IacRule[],
    private readonly model: IacModel,
    private readonly engine: EngineOptions,
  ) {
    const kind = (rule: IacRule) => rule.acrossRoots?.kind;
    this.perRoot = rules.filter((rule) => kind(rule) !== 'whole-scan' && kind(rule) !== 'gathered');
    this.wholeScan = rules.filter((rule) => kind(rule) === 'whole-scan');
    this.gathering = rules.filter((rule): rule is GatheringRule => kind(rule) === 'gathered');
    this.keptTypes = new Set(
      rules.flatMap((rule) =>
        rule.acrossRoots && 'types' in rule.acrossRoots ? rule.acrossRoots.types : [],
      ),
    );
  }

  /** For `LoadSink.checkRoot`: the root module is checked by the next `checkPending`. */
  add(resources: Resource[]): CheckedRoot {
    const root: RootModule = { resources, acrossRoots: [], parts: new Map(), count: resources.length };
    this.pending.push(root);
    return { keep: () => void this.kept.push(root) };
  }

  /**
   * Checks the root modules added since the last call. A root module is evaluated while its last
   * file is loaded, and the file's text (for fingerprints) is in the model only after that.
   */
  checkPending(): void {
    for (const root of this.pending) {
      const platforms = new Set(root.resources.map((resource) => resource.platform));
      // A rule reads resources of its own platform only: most root modules use one cloud.
      const rules = this.perRoot.filter((rule) => platforms.has(rule.meta.platform));
      const model = this.model.sibling(root.resources);
      root.found = checkRules(rules, model, this.engine);
      for (const rule of this.gathering) {
        if (!platforms.has(rule.meta.platform)) continue;
        const part = this.gather(rule, model, root.found.notices);
        if (part !== undefined) root.parts.set(rule, part);
      }
      for (const resource of root.resources) {
        if (this.keptTypes.has(resource.type)) root.acrossRoots.push(resource);
        if (this.mayHoldDirectives(resource.file)) this.model.keepLines(resource);
      }
      root.resources = [];
    }
    this.pending.length = 0;
  }

  /** Resources checked in root modules that were kept. */
  get checkedResources(): number {
    return this.kept.reduce((sum, root) => sum + root.count, 0);
  }

  /**
   * The findings of the kept root modules and of the rest of the model, with the whole-scan rules'
   * and without the findings a waiver makes moot; fingerprints told apart over all of them.
   */
  finish(): EngineResult {
    this.checkPending();
    const findings: Finding[] = [];
    const notices: Notice[] = [];
    const acrossRoots: Resource[] = [];
    for (const root of this.kept) {
      findings.push(...root.found!.findings);
      notices.push(...root.found!.notices);
      acrossRoots.push(...root.acrossRoots);
    }
    const rest = checkRules(this.perRoot, this.model, this.engine);
    // Without Terraform kept for the end (a Kubernetes-only scan), the whole scan is the model itself.
    const whole =
      acrossRoots.length === 0 ? this.model : this.model.sibling([...this.model.resources, ...acrossRoots]);
    const wholeScan = checkRules(this.wholeScan, whole, this.engine);
    const settled = this.settle(notices);
    const waived = new Set(
      this.rules
        .filter((rule) => rule.acrossRoots?.kind === 'waiver' && rule.acrossRoots.waived(whole))
        .map((rule) => rule.meta.id),
    );
    const all = [...findings, ...rest.findings, ...wholeScan.findings, ...settled.findings].filter(
      (finding) => !waived.has(finding.ruleId),
    );
    assignUniqueFingerprints(all);
    return {
      findings: all,
      notices: uniqueNotices([...notices, ...rest.notices, ...wholeScan.notices, ...settled.notices]),
    };
  }

  /** The gathering rules' findings, from the parts of the kept root modules and of the rest of the model. */
  private settle(notices: Notice[]): EngineResult {
    const settled: EngineResult = { findings: [], notices: [] };
    for (const rule of this.gathering) {
      const parts = this.kept.flatMap((root) => (root.parts.has(rule) ? [root.parts.get(rule)] : []));
      try {
        parts.push(...gatherByScope(this.model, rule.acrossRoots));
      } catch (error) {
        notices.push(ruleFailure(rule.meta.id, error));
        continue;
      }
      const found = checkRules(
        [{ meta: rule.meta, check: () => rule.acrossRoots.settle(parts) }],
        this.model,
        this.engine,
      );
      settled.findings.push(...found.findings);
      settled.notices.push(...found.notices);
    }
    return settled;
  }

  private gather(rule: GatheringRule, model: IacModel, notices: Notice[]): unknown {
    try {
      return rule.acrossRoots.gather(model);
    } catch (error) {
      notices.push(ruleFailure(rule.meta.id, error));
      return undefined;
    }
  }

  private mayHoldDirectives(path: string): boolean {
    let holds = this.filesWithDirectives.get(path);
    if (holds === undefined) {
      holds = mayHoldDirectives(this.model.file(path)?.text ?? '');
      this.filesWithDirectives.set(path, holds);
    }
    return holds;
  }
}

/** A rule that fails in many root modules is reported once. */
function uniqueNotices(notices: Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((notice) => {
    const key = `${notice.ruleId ?? ''}\0${notice.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
