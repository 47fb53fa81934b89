#!/usr/bin/env node
// Our walk of the OpenID Foundation's Basic OP and Config OP certification test plans, and the discovery check,
// against any issuer: node suite.mjs --config <file> [--issuer <url>] [--only <names>] [--report <file>]
// The configuration names the issuer, the registered test applications and the test people (see docs/federation.md,
// "Conformance suite"). Prints one line per module and a summary; exits 1 when a module failed.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { Context } from './lib/rp.mjs';
import { modules, runModule } from './lib/plans.mjs';
import { discoveryCheckSteps } from './lib/discovery.mjs';

const { values } = parseArgs({ options: {
  config: { type: 'string' }, issuer: { type: 'string' }, only: { type: 'string' }, skip: { type: 'string' },
  report: { type: 'string' }, plan: { type: 'string' }, markdown: { type: 'string' },
} });
if (!values.config) {
  console.error('usage: node suite.mjs --config <file> [--issuer <url>] [--plan basic|config|full|discovery]'
    + ' [--only name,...] [--skip name,...] [--report report.json] [--markdown table.md]');
  process.exit(2);
}
const config = JSON.parse(readFileSync(values.config, 'utf8'));
if (values.issuer) {
  config.issuer = values.issuer;
}
const ctx = await new Context(config).load();

const all = [...modules, ...discoveryCheckSteps().map((step) => ({ ...step, plan: 'Discovery check' }))];
const plans = { basic: 'Basic OP', config: 'Config OP', full: 'OP (full plan)', discovery: 'Discovery check' };
const wanted = values.plan ? values.plan.split(',').map((p) => plans[p.trim()]) : null;
const only = values.only ? new Set(values.only.split(',').map((n) => n.trim())) : null;
const skip = new Set((values.skip ?? '').split(',').map((n) => n.trim()).filter(Boolean));
const chosen = all.filter((m) => (!wanted || wanted.includes(m.plan)) && (!only || only.has(m.name)) && !skip.has(m.name));

// The key rotation makes every later ID token use the new key: it runs last.
chosen.sort((a, b) => (a.name === 'oidcc-server-rotate-keys') - (b.name === 'oidcc-server-rotate-keys'));

const results = [];
for (const module of chosen) {
  const result = await runModule(ctx, module);
  results.push(result);
  const detail = result.reason ?? [...result.warnings, result.notes].filter(Boolean).join('; ');
  console.log(`${result.status.padEnd(14)} ${module.plan.padEnd(15)} ${module.name}${detail ? `  -- ${detail}` : ''}`);
}
const count = (status) => results.filter((r) => r.status === status).length;
const summary = { issuer: config.issuer, passed: count('passed'), notApplicable: count('not applicable'),
  failed: count('failed'), withWarnings: results.filter((r) => r.warnings.length).length };
console.log(`\n${summary.passed} passed (${summary.withWarnings} with warnings), ${summary.notApplicable} not`
  + ` applicable, ${summary.failed} failed, against ${config.issuer}`);
if (values.report) {
  writeFileSync(values.report, JSON.stringify({ summary, results }, null, 2));
}
if (values.markdown) {
  const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
  const explain = (r) => (r.status === 'passed'
    ? [r.what, ...r.warnings.map((w) => `warning: ${w}`), r.notes].filter(Boolean).join('. ')
    : r.reason);
  const rows = results.map((r) => `| \`${r.name}\` | ${r.plan} | ${r.status} | ${cell(explain(r))} |`);
  writeFileSync(values.markdown, ['| Module | Plan | Result | What it checks (passed), or why not |',
    '|---|---|---|---|', ...rows, ''].join('\n'));
}
process.exit(summary.failed ? 1 : 0);
