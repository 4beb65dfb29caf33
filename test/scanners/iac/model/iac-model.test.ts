import { IacModel } from '../../../../src/scanners/iac/model/iac-model';
import type { Resource } from '../../../../src/scanners/iac/model/resource';

function resource(address: string, type = 'Pod'): Resource {
  const range = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
  return {
    type,
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

  it('keeps a view that computed undefined, instead of computing it on every call', () => {
    const model = new IacModel();
    model.addResource(resource('Pod/default/a'));
    let computed = 0;
    const nothing = () =>
      model.view('nothing', () => {
        computed++;
        return undefined;
      });
    expect(nothing()).toBeUndefined();
    expect(nothing()).toBeUndefined();
    expect(computed).toBe(1);
  });
});

describe('IacModel resources by type', () => {
  const model = new IacModel();
  model.addResource(resource('Pod/default/a'));
  model.addResource(resource('Service/default/s', 'Service'));
  model.addResource(resource('Pod/default/b'));

  it('lists one type in the order resources were added, and an empty list for an absent type', () => {
    expect(model.ofType('Pod').map((item) => item.address)).toEqual(['Pod/default/a', 'Pod/default/b']);
    expect(model.ofType('Deployment')).toEqual([]);
  });

  it('lists several types type after type, in the order they are asked for', () => {
    expect(model.ofTypes(['Service', 'Pod', 'Deployment']).map((item) => item.address)).toEqual([
      'Service/default/s',
      'Pod/default/a',
      'Pod/default/b',
    ]);
    expect(model.ofTypes(['Pod'])).toBe(model.ofType('Pod'));
  });
});
