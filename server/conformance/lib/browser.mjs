// A person's browser for the provider's pages, as plain HTTP (Node's fetch, no browser engine): keeps cookies,
// follows redirects while they stay at the provider, reads forms and fills them in as a person would (username,
// site image page, password, security code, user agreement, consent). It stops at a redirect that leaves the
// provider (to an application) and hands it over. The texted code is read where the person's phone would get it:
// the provider's development outbox (embedded mode) or, for any other deployment, an authenticator-app secret.
import { createHmac } from 'node:crypto';

export class Browser {
  constructor(issuer, codes) {
    this.origin = new URL(issuer).origin;
    this.codes = codes;
    this.cookies = new Map();
    this.page = '';
    this.url = null;
  }

  resolve(url) {
    return new URL(url, this.origin + '/');
  }

  async request(url, { method = 'GET', form, headers = {} } = {}) {
    const target = this.resolve(url);
    const sent = { ...headers };
    if (target.origin === this.origin && this.cookies.size > 0) {
      sent.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    let body;
    if (form) {
      body = new URLSearchParams(form).toString();
      sent['content-type'] = 'application/x-www-form-urlencoded';
    }
    const response = await fetch(target, { method, body, headers: sent, redirect: 'manual' });
    if (target.origin === this.origin) {
      for (const cookie of response.headers.getSetCookie()) {
        const [pair, ...attributes] = cookie.split(';');
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
        if (expired) {
          this.cookies.delete(name);
        } else {
          this.cookies.set(name, value);
        }
      }
    }
    const text = await response.text();
    const location = response.headers.get('location');
    const answer = {
      status: response.status,
      url: target,
      location: location ? this.resolve(location) : null,
      headers: response.headers,
      text,
    };
    if (!isRedirect(answer)) {
      this.page = text;
      this.url = target;
    }
    return answer;
  }

  get(url) {
    return this.request(url);
  }

  /** Follows redirects while they stay at the provider; answers the last response (a page, or a redirect out). */
  async follow(response) {
    let current = response;
    for (let i = 0; i < 25 && isRedirect(current) && current.location.origin === this.origin; i++) {
      current = await this.get(current.location);
    }
    return current;
  }

  open(url) {
    return this.get(url).then((r) => this.follow(r));
  }

  /** Posts fields to a form of the current page, with its CSRF token. */
  submit(action, fields) {
    const csrf = /name="_csrf" value="([^"]+)"/.exec(this.page);
    const form = { ...fields };
    if (csrf) {
      form._csrf = unescape(csrf[1]);
    }
    return this.request(action, { method: 'POST', form });
  }

  onPage(path) {
    return this.url && this.url.pathname === path;
  }

  /** From the username page: username, the site image page, password, the security code. Follows on. */
  async signIn(person) {
    if (!this.onPage('/sign-in') || !this.page.includes('name="username"')) {
      throw new Error(`expected the username page, at ${this.url}`);
    }
    await this.follow(await this.submit('/sign-in', { step: 'username', username: person.username }));
    if (!this.page.includes('name="password"')) {
      throw new Error('expected the site image and password page');
    }
    await this.follow(await this.submit('/sign-in', { step: 'password', password: person.password }));
    if (!this.page.includes('name="code"')) {
      throw new Error('expected the security code page');
    }
    const code = await this.codes.latest(person);
    return this.follow(await this.submit('/sign-in', { step: 'code', code }));
  }

  /** The user agreement, when it is the page shown (a person's first sign-in). */
  async acceptAgreementIfAsked(response) {
    if (response.status === 200 && this.onPage('/account/agreement')) {
      return this.follow(await this.submit('/account/agreement/accept', {}));
    }
    return response;
  }

  /** On the consent page: Allow (every scope listed) or Deny. Follows on. */
  async consent(allow) {
    const id = allow ? 'consent-allow' : 'consent-deny';
    const button = this.page.indexOf(`id="${id}"`);
    if (button < 0) {
      throw new Error(`expected the consent page, at ${this.url}`);
    }
    const form = this.page.slice(this.page.lastIndexOf('<form', button), button);
    const fields = [];
    for (const input of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)) {
      fields.push([input[1], unescape(input[2])]);
    }
    return this.follow(await this.request('/oauth2/authorize', { method: 'POST', form: fields }));
  }

  /** Signs out at the provider (the profile page's form). */
  async signOut() {
    await this.open('/account');
    return this.follow(await this.submit('/sign-out', {}));
  }
}

export function isRedirect(response) {
  return response.status >= 300 && response.status < 400 && response.location !== null;
}

export function unescape(html) {
  return html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&#x2F;/g, '/').replace(/&amp;/g, '&');
}

/** Security codes as the person's phone gets them: the development outbox, or an authenticator app (RFC 6238). */
export function codeSource(config) {
  return {
    async latest(person) {
      if (person.totpSecret) {
        return totp(person.totpSecret, Date.now());
      }
      const outbox = config.codes?.outbox ?? new URL('/dev/outbox', config.issuer).toString();
      const response = await fetch(outbox);
      if (response.status !== 200) {
        throw new Error(`the outbox ${outbox} answered ${response.status}`);
      }
      const html = await response.text();
      for (const row of html.split('<tr').slice(1)) {
        const pres = [...row.matchAll(/<pre[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => unescape(m[1]));
        if (pres.length >= 2 && pres[0].trim() === person.phone) {
          const code = /\b(\d{6})\b/.exec(pres[1]);
          if (code) {
            return code[1];
          }
        }
      }
      throw new Error('no code was texted to the person\'s phone');
    },
  };
}

/** A six-digit TOTP code (RFC 6238, SHA-1, 30 s) of a base32 secret. */
export function totp(secret, now) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret.replace(/=+$/, '').toUpperCase()) {
    bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / 30000)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0xf;
  const value = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1000000;
  return String(value).padStart(6, '0');
}
