#!/usr/bin/env node
// Registers demo person 1 (Olivia Bennett, docs/demo-people.md) at an embedded-mode service through its registration
// pages, reading the emailed and texted codes from its development outbox, and prints her as the conformance suite's
// configuration wants her ("people.person"). Only for a development service with generated demo people:
//   node register-demo-person.mjs --issuer http://localhost:8080 [--username olivia.conformance]
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { Browser, unescape } from './lib/browser.mjs';

const { values } = parseArgs({ options: { issuer: { type: 'string' }, username: { type: 'string' } } });
if (!values.issuer) {
  console.error('usage: node register-demo-person.mjs --issuer <url> [--username <name>]');
  process.exit(2);
}
const issuer = values.issuer.replace(/\/$/, '');
const suffix = randomBytes(3).toString('hex');
const person = {
  firstName: 'Olivia', lastName: 'Bennett', email: `olivia.${suffix}@example.test`, ssn: '666-01-0001',
  dobMonth: '4', dobDay: '12', dobYear: '1986', line1: '1450 Maple Ave', line2: '', city: 'Columbus', state: 'OH',
  postalCode: '43215', country: 'US', last8: '41120734', phone: '(614) 555-0101', e164: '+16145550101',
  username: values.username ?? `olivia.${suffix}`, password: 'harbor lantern quietly seven',
  sitePhrase: 'Kites over the river',
};

async function codeTo(recipient) {
  const html = await (await fetch(`${issuer}/dev/outbox`)).text();
  for (const row of html.split('<tr').slice(1)) {
    const pres = [...row.matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => unescape(m[1]));
    if (pres.length >= 2 && pres[0].trim() === recipient) {
      const code = /\b(\d{6})\b/.exec(pres[1]);
      if (code) {
        return code[1];
      }
    }
  }
  throw new Error(`no code was sent to ${recipient}`);
}

const browser = new Browser(issuer, null);
await browser.open('/register');
let page = await browser.follow(await browser.submit('/register/start', {}));
for (let i = 0; i < 12; i++) {
  const step = /name="step" value="([^"]+)"/.exec(browser.page)?.[1];
  if (!step) {
    break;
  }
  const fields = { step };
  switch (step) {
    case 'contact':
      Object.assign(fields, { firstName: person.firstName, lastName: person.lastName, email: person.email });
      break;
    case 'confirm-email':
      fields.code = await codeTo(person.email);
      break;
    case 'identity':
      Object.assign(fields, { ssn: person.ssn, dobMonth: person.dobMonth, dobDay: person.dobDay,
        dobYear: person.dobYear, filingStatus: 'SINGLE', line1: person.line1, line2: person.line2, city: person.city,
        state: person.state, postalCode: person.postalCode, country: person.country });
      break;
    case 'financial':
      fields.accountType = [...browser.page.matchAll(/name="accountType" id="type-([A-Z_]+)"/g)]
        .map((m) => m[1]).find((type) => type.includes('CREDIT')) ?? 'CREDIT_CARD';
      fields.last8 = person.last8;
      break;
    case 'phone':
      fields.phone = person.phone;
      break;
    case 'confirm-phone':
      fields.code = await codeTo(person.e164);
      break;
    case 'credentials':
      Object.assign(fields, { username: person.username, password: person.password, passwordConfirm: person.password,
        sitePhrase: person.sitePhrase, siteImage: /name="siteImage" id="image-[^"]*"\s+value="([^"]+)"/.exec(browser.page)?.[1]
          ?? /name="siteImage"[^>]*value="([^"]+)"/.exec(browser.page)?.[1] });
      break;
    default:
      throw new Error(`unexpected registration step ${step} at ${browser.url}`);
  }
  page = await browser.follow(await browser.submit('/register/step', fields));
  if (/id="error-summary"/.test(browser.page)) {
    throw new Error(`the ${step} step was refused: ${browser.page.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 400)}`);
  }
}
if (!/ready/i.test(browser.page)) {
  throw new Error(`registration did not finish (at ${browser.url}, ${page.status})`);
}
console.log(JSON.stringify({ username: person.username, password: person.password, phone: person.e164 }, null, 2));
