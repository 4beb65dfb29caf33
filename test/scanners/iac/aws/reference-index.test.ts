import { indexByScope, ReferenceIndex } from '../../../../src/scanners/iac/aws/reference-index';

describe('ReferenceIndex', () => {
  it('returns the candidates filed under any key once each, in the order they were added', () => {
    const index = new ReferenceIndex<string>();
    const first = index.add('first');
    const second = index.add('second');
    const third = index.add('third');
    index.addKey('a', first);
    index.addKey('a', third);
    index.addKey('b', third);
    index.addKey('b', second);
    expect(index.lookup(['b', 'a'])).toEqual(['first', 'second', 'third']);
    expect(index.lookup(['a', 'missing'])).toEqual(['first', 'third']);
    expect(index.lookup(['missing'])).toEqual([]);
    expect(index.has('b')).toBe(true);
    expect(index.has('c')).toBe(false);
  });

  it('files a candidate once under a key it gives twice', () => {
    const index = new ReferenceIndex<string>();
    const only = index.add('only');
    index.addKey('k', only);
    index.addKey('k', only);
    expect(index.lookup(['k'])).toEqual(['only']);
  });

  it('keeps one index per scope', () => {
    const items = [
      { scope: 'x', name: 'one' },
      { scope: 'y', name: 'two' },
      { scope: 'x', name: 'three' },
    ];
    const byScope = indexByScope(
      items,
      (item) => item.scope,
      (item, add) => add(item.name.length === 3 ? 'short' : 'long'),
    );
    expect(byScope.get('x')?.lookup(['short'])).toEqual([items[0]]);
    expect(byScope.get('x')?.lookup(['long'])).toEqual([items[2]]);
    expect(byScope.get('y')?.lookup(['short', 'long'])).toEqual([items[1]]);
  });

  it('keeps key spaces apart: the same string in another space matches nothing', () => {
    const index = new ReferenceIndex<string>();
    const named = index.add('named');
    const referenced = index.add('referenced');
    index.addKey('logs', named, 1);
    index.addKey('logs', referenced, 0);
    expect(index.lookup(['logs'])).toEqual(['referenced']);
    expect(index.lookup(['logs'], [1])).toEqual(['named']);
    expect(index.lookup(['logs', 'logs'], [1, 0])).toEqual(['named', 'referenced']);
    expect(index.has('logs', 1)).toBe(true);
    expect(index.has('logs', 2)).toBe(false);
    expect(index.lookup(['logs'], [2])).toEqual([]);
  });
});
