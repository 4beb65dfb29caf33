import { IacModel } from '../../../../src/scanners/iac/model/iac-model';
import type { Resource } from '../../../../src/scanners/iac/model/resource';

function resource(address: string): Resource {
  const range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  return {
    type: 'Pod',
    address,
    platform: 'kubernetes',
    format: 'kubernetes',
    file: 'pods.yaml',
    range,
    body: { kind: 'map', entries: new Map(), range },
    meta: {},
  };
}

describe('IacModel views', () => {
  it('computes a view once, and again after a resource is added', () => {
    const model = new IacModel();
    model.addResource(resource('Pod/default/a'));
    let computed = 0;
    const addresses = () =>
      model.view('addresses', () => {
        computed++;
        return model.resources.map((item) => item.address);
      });
    expect(addresses()).toEqual(['Pod/default/a']);
    expect(addresses()).toEqual(['Pod/default/a']);
    expect(computed).toBe(1);
    model.addResource(resource('Pod/default/b'));
    expect(addresses()).toEqual(['Pod/default/a', 'Pod/default/b']);
    expect(computed).toBe(2);
  });
});
