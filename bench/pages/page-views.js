// What bench:pages' floor needs to render a page as the app does: the view-model the app gave the page's Eta
// template (recorded in the app's process, carried to the floor's as plain data) and the same views compiled the
// same way. The app's renderers add formatting helpers and their audience's addresses (some of them functions)
// to every view-model; those cannot be cloned between processes, so they travel by name and the floor binds them
// again from the same modules, as the app's renderers do. A page's own function (the board's `netOf`, from the
// platform's fee settings) travels as the answers it gave during the recorded render, which the floor looks up.
const { join } = require('node:path');

const DIST = join(__dirname, '../../dist/src');
const HELPER = '__benchHelper';
const ANSWERS = '__benchAnswers';

/** Objects of the app's modules that views receive whole (an audience's addresses, ops' formats), by name. */
const SHARED = {
  RETAILER_PATHS: () => require(`${DIST}/retailer-workspace/retailer-pages`).RETAILER_PATHS,
  MANUFACTURER_PATHS: () => require(`${DIST}/manufacturer-workspace/manufacturer-pages`).MANUFACTURER_PATHS,
  CONSOLE_PATHS: () => require(`${DIST}/ops-console/console-paths`).CONSOLE_PATHS,
  OPS_FORMAT: () => require(`${DIST}/ops-console/ops-console-pages`).OPS_FORMAT,
};

/** Helpers the renderers make for each page from its view-model: the storefront's `money`, a workspace's `format`. */
const BOUND = ['money', 'format'];

/**
 * Wraps the app's Eta renderers (before the app is created) so that, while `recording()` is true,
 * `onRender({ views, shared, template, data })` hears each page's outermost render: its views folder, the shared
 * views loaded as "@name" (with their folder), the template and its view-model as plain data. Layouts and
 * partials render inside that call.
 */
function recordRenders(recording, onRender) {
  const etaViews = require(`${DIST}/common/eta-views`);
  const { viewsRenderer, addSharedViews } = etaViews;
  const shared = new Map();
  const known = new Map(Object.entries(SHARED).map(([name, load]) => [load(), name]));
  etaViews.addSharedViews = (eta, dir, names) => {
    shared.set(eta, { dir, names: [...names] });
    return addSharedViews(eta, dir, names);
  };
  etaViews.viewsRenderer = (dir) => {
    const eta = viewsRenderer(dir);
    const render = eta.render;
    let depth = 0;
    const inner = (self, template, data, meta) => {
      depth++;
      try {
        return render.call(self, template, data, meta);
      } finally {
        depth--;
      }
    };
    eta.render = function (template, data, meta) {
      if (depth > 0 || !recording()) return inner(this, template, data, meta);
      const answers = {};
      const traced = { ...data };
      for (const [key, value] of Object.entries(data)) {
        if (typeof value !== 'function' || BOUND.includes(key)) continue;
        answers[key] = new Map();
        traced[key] = (...args) => {
          const answer = value(...args);
          answers[key].set(JSON.stringify(args), answer);
          return answer;
        };
      }
      const html = inner(this, template, traced, meta);
      onRender({ views: dir, shared: shared.get(eta) ?? null, template, data: portable(data, known, answers) });
      return html;
    };
    return eta;
  };
}

/**
 * `data` with the renderer's helpers and known objects replaced by their names and its own functions by their
 * `answers` (arguments as JSON → answer); a function anywhere else is refused.
 */
function portable(data, known, answers) {
  const walk = (value, path) => {
    if (typeof value === 'function') throw new Error(`bench:pages: the view-model holds a function at ${path}; name it in page-views.js`);
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    if (known.has(value)) return { [HELPER]: known.get(value) };
    if (Array.isArray(value)) return value.map((item, i) => walk(item, `${path}[${i}]`));
    if (value instanceof Map) return new Map([...value].map(([key, item]) => [key, walk(item, `${path}.get(${key})`)]));
    if (value instanceof Set) return new Set([...value].map((item) => walk(item, `${path}[…]`)));
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item, `${path}.${key}`)]));
  };
  const top = (key, value) => (BOUND.includes(key) ? { [HELPER]: key } : answers[key] ? { [ANSWERS]: answers[key] } : walk(value, key));
  return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, top(key, value)]));
}

/**
 * A renderer for the floor: `(render) => html`, where `render` is what recordRenders heard. The views are compiled
 * once, as the app compiles them; each call builds the view-model again (a fresh copy of the recorded one, in
 * place of shaping query rows into it, with its helpers bound as the app's renderers bind them) and renders it.
 */
function floorRenderer() {
  const { viewsRenderer, addSharedViews } = require(`${DIST}/common/eta-views`);
  const renderers = new Map();
  const rendererOf = ({ views, shared }) => {
    const key = `${views}\n${shared?.dir}`;
    if (!renderers.has(key)) {
      const eta = viewsRenderer(views);
      if (shared) addSharedViews(eta, shared.dir, shared.names);
      renderers.set(key, eta);
    }
    return renderers.get(key);
  };
  const loaded = Object.fromEntries(Object.entries(SHARED).map(([name, load]) => [name, load()]));
  const { formatMoney } = require(`${DIST}/common/money`);
  const { readerFormat, UNKNOWN_READER } = require(`${DIST}/workspace/workspace-format`);
  const bind = {
    money: (data) => (minor) => formatMoney(minor, data.store?.currency ?? 'USD'),
    format: (data) => readerFormat(data.reader ?? UNKNOWN_READER),
  };
  const copy = (value) => {
    if (value === null || typeof value !== 'object') return value;
    if (value instanceof Date) return new Date(value.getTime());
    if (value[HELPER]) return loaded[value[HELPER]];
    if (value[ANSWERS]) return (...args) => value[ANSWERS].get(JSON.stringify(args));
    if (Array.isArray(value)) return value.map(copy);
    if (value instanceof Map) return new Map([...value].map(([key, item]) => [key, copy(item)]));
    if (value instanceof Set) return new Set([...value].map(copy));
    const object = {};
    for (const key in value) object[key] = copy(value[key]);
    return object;
  };
  return (render) => {
    const eta = rendererOf(render);
    const data = {};
    for (const [key, value] of Object.entries(render.data)) if (!BOUND.includes(key)) data[key] = copy(value);
    for (const key of BOUND) if (render.data[key]) data[key] = bind[key](data);
    return eta.render(render.template, data);
  };
}

module.exports = { recordRenders, floorRenderer };
