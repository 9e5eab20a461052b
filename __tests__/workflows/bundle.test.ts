import * as vm from 'vm';
import { lazyModuleFunctions, withoutDeadCode } from '../../scripts/bundle';

/** Two modules laid out as ncc writes them: the first requires the second. */
const BUNDLE = `var modules = ({

/***/ 12:
/***/ ((module, __unused_exports, require) => {

module.exports = 'a' + require(34);

/***/ }),

/***/ 34:
/***/ (function(module) {

module.exports = 'b';

/***/ })

/******/ });
function require(id) { const m = { exports: {} }; modules[id](m, m.exports, require); return m.exports; }
result = require(12);
`;

test('module functions lose their parentheses and still run the same', () => {
  const out = lazyModuleFunctions(BUNDLE, 'index.js');
  expect(out).not.toContain('/***/ ((');
  expect(out).not.toContain('/***/ (function');
  expect(out).not.toContain('/***/ })');
  expect(out).toContain('/***/ (module, __unused_exports, require) => {');
  expect(out).toContain('/***/ function(module) {');
  const context: { result?: string } = {};
  vm.runInNewContext(out, context);
  expect(context.result).toBe('ab');
});

test('a layout it does not know fails the build instead of being half rewritten', () => {
  expect(() => lazyModuleFunctions(BUNDLE.replace('/***/ })\n\n/******/', '})\n\n/******/'), 'x.js')).toThrow(
    'x.js: 2 module starts but 1 module ends',
  );
});

test('dead code goes, the module functions stay lazy, and the bundle runs the same', async () => {
  const withUnused = BUNDLE.replace(
    "module.exports = 'b';",
    "var unusedShape = [3, 'x', ['a', 'b']];\nmodule.exports = 'b';",
  );
  const out = await withoutDeadCode(lazyModuleFunctions(withUnused, 'index.js'), 'index.js');
  expect(withUnused).toContain('unusedShape');
  expect(out).not.toContain('unusedShape');
  // Still a module function V8 compiles on first call, not one wrapped in parentheses.
  expect(out).toMatch(/34: function\(module\) \{/);
  expect(out).not.toMatch(/\(\s*function\(module\)/);
  const context: { result?: string } = {};
  vm.runInNewContext(out, context);
  expect(context.result).toBe('ab');
});
