// Renders Adaptive Cards with Microsoft's adaptivecards renderer (from teams-check's packages) under jsdom and prints
// each card's visible text as JSON: node render-card-text.cjs <teams-check folder> <card.json>...
// jsdom has no innerText, which the renderer uses for plain text (TextRun, plain TextBlock, buttons): it is mapped to
// textContent here, so the output is the text a reader sees, after the renderer's DATE()/TIME() functions ran.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

const [toolDir, ...files] = process.argv.slice(2);
const toolRequire = createRequire(path.join(path.resolve(toolDir), 'package.json'));
const { JSDOM } = toolRequire('jsdom');
const AC = toolRequire('adaptivecards/dist/adaptivecards.js');

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
for (const key of Object.getOwnPropertyNames(dom.window)) {
  if (!(key in globalThis)) { try { globalThis[key] = dom.window[key]; } catch { /* read-only */ } }
}
Object.defineProperty(dom.window.HTMLElement.prototype, 'innerText', {
  get() { return this.textContent; },
  set(value) { this.textContent = value; },
  configurable: true,
});
// No markdown library: markdown text is shown as its characters (markdown is checked on the JSON instead).
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  result.didProcess = true;
};

const texts = files.map((file) => {
  const card = new AC.AdaptiveCard();
  card.parse(JSON.parse(fs.readFileSync(file, 'utf8')), new AC.SerializationContext(AC.Versions.v1_5));
  const element = card.render();
  if (!element) throw new Error(`the renderer returned nothing for ${file}`);
  const lines = [];
  const walk = (node) => {
    if (node.nodeType === dom.window.Node.TEXT_NODE && node.textContent.trim() !== '') lines.push(node.textContent);
    node.childNodes.forEach(walk);
  };
  walk(element);
  return lines.join('\n');
});
process.stdout.write(JSON.stringify(texts));
