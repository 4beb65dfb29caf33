import { FRAMEWORKS, isFrameworkId } from '../../src/compliance/frameworks';
import type { Platform, RuleMeta } from '../../src/core/rule';

/** What every audit check's metadata must hold: texts a reader can use, https links, known controls. */
export function expectCompleteAuditMeta(meta: RuleMeta, platform: Platform): void {
  expect(meta.scanner).toBe('audit');
  expect(meta.platform).toBe(platform);
  expect(meta.title.length).toBeGreaterThan(10);
  expect(meta.description.length).toBeGreaterThan(60);
  expect(meta.remediation.length).toBeGreaterThan(30);
  expect(meta.links.length).toBeGreaterThan(0);
  for (const link of meta.links) expect(link).toMatch(/^https:\/\//);
  expect(Object.keys(meta.compliance).length).toBeGreaterThan(0);
  for (const [framework, controls] of Object.entries(meta.compliance)) {
    expect(isFrameworkId(framework)).toBe(true);
    const known = (FRAMEWORKS as Record<string, { controls: Record<string, string> }>)[framework]!.controls;
    for (const control of controls ?? [])
      expect({ framework, control, known: Object.hasOwn(known, control) }).toEqual({
        framework,
        control,
        known: true,
      });
  }
}
