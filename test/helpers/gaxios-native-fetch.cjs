// Jest runs modules in a VM that cannot load an ES module through import() without a Node flag, and gaxios
// loads node-fetch that way. In tests it uses Node's own fetch (the same Fetch API) instead; the bundled
// action and CLI keep node-fetch, and the end-to-end tests run them as they ship.
module.exports = {
  process(source) {
    return { code: source.replace(/\(await import\('node-fetch'\)\)\.default/g, 'globalThis.fetch') };
  },
};
