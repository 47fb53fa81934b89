// The relying party: an unmodified openid-client (v6, Node) configured from discovery for one of the registered
// test applications, plus the checks the OpenID Foundation's suite makes on what comes back (its
// PerformStandardIdTokenChecks, userinfo and token-response conditions), made here with jose.
import * as client from 'openid-client';
import * as jose from 'jose';
import { createHash } from 'node:crypto';
import { Browser, codeSource, isRedirect } from './browser.mjs';

export class Failure extends Error {}

export function check(condition, message) {
  if (!condition) {
    throw new Failure(message);
  }
}

export class Context {
  constructor(config) {
    this.config = config;
    this.issuer = config.issuer.replace(/\/$/, '');
    this.codes = codeSource(config);
    this.insecure = new URL(this.issuer).protocol === 'http:';
    this.rps = new Map();
    this.responses = [];
  }

  async load() {
    const response = await fetch(`${this.issuer}/.well-known/openid-configuration`);
    this.discoveryResponse = response;
    this.metadata = await response.json();
    this.jwks = jose.createRemoteJWKSet(new URL(this.metadata.jwks_uri));
    return this;
  }

  person(name = 'person') {
    const person = this.config.people?.[name];
    if (!person) {
      throw new Failure(`no person "${name}" in the configuration`);
    }
    return person;
  }

  browser() {
    return new Browser(this.issuer, this.codes);
  }

  /**
   * openid-client for a configured application, authenticating as asked (client_secret_basic by default). Kept per
   * application; {@code fresh} makes a new one, with no JWKS cached (openid-client refetches a JWKS for an unknown
   * kid only 30 s after its last fetch).
   */
  async rp(name, method, { fresh = false } = {}) {
    const definition = this.config.clients?.[name];
    if (!definition) {
      throw new Failure(`no client "${name}" in the configuration`);
    }
    const auth = method ?? (definition.client_secret ? 'client_secret_basic' : 'none');
    const key = `${name} ${auth}`;
    if (fresh) {
      this.rps.delete(key);
    }
    if (!this.rps.has(key)) {
      const authentication = {
        client_secret_basic: () => client.ClientSecretBasic(definition.client_secret),
        client_secret_post: () => client.ClientSecretPost(definition.client_secret),
        client_secret_jwt: () => client.ClientSecretJwt(definition.client_secret),
        none: () => client.None(),
      }[auth]();
      const configuration = await client.discovery(new URL(this.issuer), definition.client_id, {
        client_secret: definition.client_secret,
        redirect_uris: [definition.redirect_uri],
        token_endpoint_auth_method: auth,
        id_token_signed_response_alg: 'RS256',
      }, authentication, { execute: this.insecure ? [client.allowInsecureRequests] : [] });
      // Check ID token signatures at the token endpoint too (OIDC Core 3.1.3.7 lets TLS stand in; we do not).
      client.enableNonRepudiationChecks(configuration);
      configuration[client.customFetch] = async (url, options) => {
        const response = await fetch(url, options);
        this.responses.push({ url: String(url), status: response.status, headers: response.headers });
        return response;
      };
      this.rps.set(key, { name, definition, auth, config: configuration });
    }
    return this.rps.get(key);
  }

  lastResponse(path) {
    return [...this.responses].reverse().find((r) => new URL(r.url).pathname === path);
  }
}

/**
 * One authorization request through the browser: the URL openid-client builds (state, nonce, redirect_uri, scope
 * openid and the given parameters; a null parameter is left out), the sign-in pages when they come, the user
 * agreement and consent. Answers the callback URL, or the page the person was left on.
 */
export async function authorize(ctx, rp, browser, { params = {}, person = ctx.person(), pkce = false,
  signIn = true, consent = true, post = false } = {}) {
  const flow = { state: client.randomState(), nonce: client.randomNonce(), pages: [] };
  const parameters = { redirect_uri: rp.definition.redirect_uri, scope: 'openid', state: flow.state,
    nonce: flow.nonce, ...params };
  if (pkce || rp.definition.pkce) {
    flow.verifier = client.randomPKCECodeVerifier();
    parameters.code_challenge = await client.calculatePKCECodeChallenge(flow.verifier);
    parameters.code_challenge_method = 'S256';
  }
  for (const [name, value] of Object.entries(parameters)) {
    if (value === null || value === undefined) {
      delete parameters[name];
    }
  }
  flow.nonce = parameters.nonce;
  flow.state = parameters.state;
  flow.parameters = parameters;
  const url = client.buildAuthorizationUrl(rp.config, parameters);
  let response;
  if (post) {
    const endpoint = new URL(url);
    const form = [...endpoint.searchParams];
    endpoint.search = '';
    response = await browser.follow(await browser.request(endpoint, { method: 'POST', form }));
  } else {
    response = await browser.open(url);
  }
  for (let step = 0; step < 6 && response.status === 200; step++) {
    flow.pages.push(browser.url.pathname);
    if (browser.onPage('/sign-in') && signIn && browser.page.includes('name="username"')) {
      flow.signedIn = true;
      flow.usernamePage = browser.page;
      response = await browser.signIn(person);
    } else if (browser.onPage('/account/agreement')) {
      response = await browser.acceptAgreementIfAsked(response);
    } else if (browser.onPage('/federation/consent') && consent) {
      flow.consented = true;
      response = await browser.consent(true);
    } else {
      break;
    }
  }
  flow.response = response;
  if (isRedirect(response) && response.location.toString().startsWith(rp.definition.redirect_uri.split('?')[0])) {
    flow.callback = response.location;
  }
  return flow;
}

/** The authorization response's parameters (query), for error answers. */
export function callbackParameters(flow) {
  check(flow.callback, `expected a redirect to the application, the person was left at ${flow.response.url}`
    + ` (${flow.response.status})`);
  return Object.fromEntries(flow.callback.searchParams);
}

/** The code for tokens, with openid-client's checks (state, iss, nonce, ID token) and ours. */
export async function exchange(ctx, rp, flow, { maxAge } = {}) {
  check(flow.callback, `expected the code at the redirect URI, the person was left at ${flow.response.url}`
    + ` (${flow.response.status}): ${pageText(flow.response.text)}`);
  const tokens = await client.authorizationCodeGrant(rp.config, flow.callback, {
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    pkceCodeVerifier: flow.verifier,
    idTokenExpected: true,
    maxAge,
  });
  const claims = await idTokenChecks(ctx, rp, tokens.id_token, { nonce: flow.nonce, accessToken: tokens.access_token });
  tokenResponseChecks(ctx, tokens);
  return { tokens, claims };
}

/** PerformStandardIdTokenChecks of the OIDF suite: signature, kid, iss, aud, azp, times, nonce, sub, at_hash. */
export async function idTokenChecks(ctx, rp, idToken, { nonce, accessToken, refreshed = false } = {}) {
  check(typeof idToken === 'string', 'the token response has no id_token (OIDC Core 3.1.3.3)');
  const header = jose.decodeProtectedHeader(idToken);
  check(header.alg === 'RS256', `ID token alg ${header.alg}, expected RS256 (OIDC Core 3.1.3.7)`);
  check(header.kid, 'the ID token names no kid (OIDC Core 10.1)');
  const { payload } = await jose.jwtVerify(idToken, ctx.jwks, {
    issuer: ctx.metadata.issuer,
    audience: rp.definition.client_id,
    algorithms: ['RS256'],
  });
  const now = Math.floor(Date.now() / 1000);
  check(typeof payload.sub === 'string' && payload.sub.length > 0 && payload.sub.length <= 255,
    'sub must be 1 to 255 ASCII characters (OIDC Core 2)');
  check(typeof payload.iat === 'number' && payload.iat <= now + 300, 'iat missing or in the future (OIDC Core 2)');
  check(typeof payload.exp === 'number' && payload.exp > payload.iat, 'exp missing or before iat (OIDC Core 2)');
  if (Array.isArray(payload.aud) && payload.aud.length > 1) {
    check(payload.azp === rp.definition.client_id, 'azp must be the client with several audiences (OIDC Core 2)');
  }
  if (payload.azp !== undefined) {
    check(payload.azp === rp.definition.client_id, 'azp is another client (OIDC Core 2)');
  }
  if (refreshed) {
    check(payload.nonce === undefined || payload.nonce === nonce, 'a refreshed ID token\'s nonce, if any, must be the'
      + ' original one (OIDC Core 12.2)');
  } else {
    check(payload.nonce === nonce, `nonce ${payload.nonce}, expected ${nonce} (OIDC Core 3.1.3.7)`);
  }
  if (payload.auth_time !== undefined) {
    check(Number.isInteger(payload.auth_time) && payload.auth_time <= now + 300,
      'auth_time must be a NumericDate, not in the future (OIDC Core 2)');
  }
  if (payload.acr !== undefined) {
    check(typeof payload.acr === 'string', 'acr must be a string (OIDC Core 2)');
  }
  if (payload.amr !== undefined) {
    check(Array.isArray(payload.amr) && payload.amr.every((v) => typeof v === 'string'), 'amr must be an array of strings');
  }
  if (payload.at_hash !== undefined && accessToken) {
    check(payload.at_hash === halfHash(accessToken), 'at_hash does not match the access token (OIDC Core 3.1.3.8)');
  }
  return payload;
}

export function halfHash(value) {
  const digest = createHash('sha256').update(value, 'ascii').digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

/** RFC 6749 5.1: token_type Bearer, expires_in a number, Cache-Control: no-store. */
export function tokenResponseChecks(ctx, tokens) {
  check(typeof tokens.access_token === 'string' && tokens.access_token.length > 0, 'no access_token (RFC 6749 5.1)');
  check(String(tokens.token_type).toLowerCase() === 'bearer', `token_type ${tokens.token_type} (RFC 6750)`);
  if (tokens.expires_in !== undefined) {
    check(Number.isInteger(tokens.expires_in) && tokens.expires_in > 0, 'expires_in must be a positive number');
  }
  const token = ctx.lastResponse(new URL(ctx.metadata.token_endpoint).pathname);
  if (token) {
    check(/no-store/.test(token.headers.get('cache-control') ?? ''), 'the token response must say Cache-Control: no-store (RFC 6749 5.1)');
  }
}

/** The standard claims' types (OIDC Core 5.1), whatever the endpoint. */
export function standardClaimChecks(claims) {
  const strings = ['sub', 'name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username',
    'profile', 'picture', 'website', 'email', 'gender', 'birthdate', 'zoneinfo', 'locale', 'phone_number'];
  for (const name of strings) {
    if (claims[name] !== undefined) {
      check(typeof claims[name] === 'string', `${name} must be a string (OIDC Core 5.1)`);
    }
  }
  for (const name of ['email_verified', 'phone_number_verified']) {
    if (claims[name] !== undefined) {
      check(typeof claims[name] === 'boolean', `${name} must be a boolean (OIDC Core 5.1)`);
    }
  }
  for (const name of ['updated_at', 'auth_time']) {
    if (claims[name] !== undefined) {
      check(Number.isInteger(claims[name]), `${name} must be a NumericDate (OIDC Core 5.1)`);
    }
  }
}

/** Userinfo with openid-client (GET, Bearer header): sub must be the ID token's (OIDC Core 5.3.2). */
export async function userInfo(ctx, rp, tokens, claims) {
  const info = await client.fetchUserInfo(rp.config, tokens.access_token, claims.sub);
  standardClaimChecks(info);
  return info;
}

/** Userinfo by hand: POST with the token in the header, or in the body (RFC 6750 2.1, 2.2). */
export async function userInfoPost(ctx, accessToken, inBody) {
  const response = await fetch(ctx.metadata.userinfo_endpoint, inBody
    ? { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ access_token: accessToken }) }
    : { method: 'POST', headers: { authorization: `Bearer ${accessToken}` } });
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
}

/** A whole happy flow: authorization, code for tokens, the checks; userinfo too unless told not to. */
export async function happyFlow(ctx, rp, browser, options = {}) {
  const flow = await authorize(ctx, rp, browser, options);
  const result = await exchange(ctx, rp, flow, options);
  if (options.userinfo !== false) {
    result.userinfo = await userInfo(ctx, rp, result.tokens, result.claims);
  }
  return { flow, ...result };
}

export function pageText(html) {
  return String(html ?? '').replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ').slice(0, 300);
}

/** The OAuth error code a call ends with, or "success". */
export async function tokenError(call) {
  try {
    await call();
    return 'success';
  } catch (error) {
    return error.error ?? error.code ?? error.message;
  }
}

export function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export { client, jose };
