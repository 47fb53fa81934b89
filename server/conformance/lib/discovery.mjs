// Discovery, twice over. First the OIDF Config OP module (oidcc-discovery-endpoint-verification): the document has
// what OpenID Connect Discovery 1.0 and RFC 8414 require. Then our discovery check: every value the document lists
// is tried and works (each scope gives its claims, each acr value is honoured, subjects are pairwise, each grant,
// client authentication method, response type, prompt and locale works, back-channel logout arrives), and what it
// does not list is refused. A key the check does not know makes it fail: nothing published goes unverified.
import { createServer } from 'node:http';
import { authorize, callbackParameters, check, client, exchange, Failure, happyFlow, jose, sleep, tokenError }
  from './rp.mjs';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export async function discoveryEndpointVerification(ctx) {
  const warnings = [];
  const response = ctx.discoveryResponse;
  const m = ctx.metadata;
  check(response.status === 200, `discovery answered ${response.status} (OIDC Discovery 4)`);
  check(/^application\/json/.test(response.headers.get('content-type') ?? ''), 'discovery is not application/json');
  check(m.issuer === ctx.issuer, `issuer ${m.issuer} is not where the document was fetched from (OIDC Discovery 4.3)`);
  const issuer = new URL(m.issuer);
  check(!issuer.search && !issuer.hash, 'the issuer has a query or fragment (RFC 8414 2)');
  check((m.response_types_supported ?? []).includes('code'), 'response_types_supported lacks code (OIDC Discovery 3)');
  check((m.subject_types_supported ?? []).some((t) => ['public', 'pairwise'].includes(t)),
    'subject_types_supported must hold public or pairwise');
  check((m.id_token_signing_alg_values_supported ?? []).includes('RS256'), 'RS256 must be listed (OIDC Discovery 3)');
  const plain = [];
  for (const key of Object.keys(m).filter((k) => k.endsWith('_endpoint') || k === 'jwks_uri')) {
    const url = new URL(m[key]);
    if (url.protocol !== 'https:') {
      check(url.protocol === 'http:' && LOOPBACK.has(url.hostname), `${key} is not https`);
      plain.push(key);
    }
  }
  if (plain.length) {
    warnings.push(`the endpoints are http (${plain.length} of them): the OIDF suite demands https; allowed here only`
      + ' for a loopback issuer (the build, a laptop): the service refuses to start with a non-loopback http issuer');
  }
  const keys = await (await fetch(m.jwks_uri)).json();
  check(Array.isArray(keys.keys) && keys.keys.length > 0, 'the JWKS has no keys');
  for (const key of keys.keys) {
    check(key.kty === 'RSA' && key.n && key.e && key.kid, 'a published key is not a complete RSA public key with kid');
    check(!key.d, 'a private key is published');
    await jose.importJWK(key, 'RS256');
  }
  check(m.scopes_supported === undefined || m.scopes_supported.includes('openid'), 'scopes_supported lacks openid');
  for (const scope of m.scopes_supported ?? []) {
    check(/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(scope), `scope ${scope} is not an RFC 6749 3.3 scope-token`);
  }
  for (const name of ['ui_locales_supported', 'claims_locales_supported']) {
    for (const tag of m[name] ?? []) {
      check(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag), `${name}: ${tag} is not a BCP 47 tag`);
    }
  }
  check(m.claims_supported === undefined || Array.isArray(m.claims_supported), 'claims_supported is not an array');
  check(m.grant_types_supported === undefined || (Array.isArray(m.grant_types_supported) && m.grant_types_supported.length),
    'grant_types_supported must be a non-empty array');
  check(m.code_challenge_methods_supported === undefined || Array.isArray(m.code_challenge_methods_supported),
    'code_challenge_methods_supported must be an array');
  return { warnings: [...new Set(warnings)] };
}

/** The keys of the document and which part of the check proves each. */
const COVERED = {
  issuer: 'Config OP module', authorization_endpoint: 'every flow', token_endpoint: 'every flow',
  userinfo_endpoint: 'scopes', jwks_uri: 'ID token signatures', end_session_endpoint: 'RP-initiated logout',
  revocation_endpoint: 'revocation', introspection_endpoint: 'introspection',
  response_types_supported: 'response types', response_modes_supported: 'response modes',
  grant_types_supported: 'grants', token_endpoint_auth_methods_supported: 'client authentication',
  revocation_endpoint_auth_methods_supported: 'revocation', introspection_endpoint_auth_methods_supported: 'introspection',
  code_challenge_methods_supported: 'PKCE', scopes_supported: 'scopes', claims_supported: 'claims',
  acr_values_supported: 'acr values', subject_types_supported: 'pairwise subjects',
  id_token_signing_alg_values_supported: 'ID token signatures', ui_locales_supported: 'locales',
  prompt_values_supported: 'prompts', claims_parameter_supported: 'request parameters',
  request_parameter_supported: 'request parameters', request_uri_parameter_supported: 'request parameters',
  authorization_response_iss_parameter_supported: 'every flow (openid-client requires iss)',
  backchannel_logout_supported: 'back-channel logout', backchannel_logout_session_supported: 'back-channel logout',
};

/** Where a claim is looked for: the ID token or userinfo of the scope that carries it. */
const CLAIM_SCOPE = { given_name: 'profile', family_name: 'profile', identity_verified: 'profile', email: 'email',
  email_verified: 'email' };

export function discoveryCheckSteps() {
  return [
    { name: 'discovery: nothing published unverified', what: 'every key of the document is one this check verifies',
      async run(ctx) {
        const unknown = Object.keys(ctx.metadata).filter((key) => !COVERED[key]);
        check(unknown.length === 0, `published but not verified by this check: ${unknown.join(', ')}`);
      } },
    { name: 'discovery: scopes', what: 'each scope of scopes_supported, asked by an application registered for it, gives its claims or its permission',
      run: scopes },
    { name: 'discovery: unlisted scopes', what: 'address, phone, offline_access and a made-up scope are refused with invalid_scope',
      run: unlistedScopes },
    { name: 'discovery: claims', what: 'each claim of claims_supported is seen in an ID token or in userinfo', run: claims },
    { name: 'discovery: acr values', what: 'each acr value can be asked for and is honoured (never a lower acr)', run: acrValues },
    { name: 'discovery: pairwise subjects', what: 'one person: the same sub for one application, different subs between applications',
      run: pairwise },
    { name: 'discovery: grants', what: 'authorization_code and refresh_token work; client_credentials, password, token exchange, device code are refused',
      run: grants },
    { name: 'discovery: client authentication', what: 'each listed method works; client_secret_jwt, private_key_jwt and an unregistered method are refused',
      run: clientAuthentication },
    { name: 'discovery: response types and modes', what: 'code in the query works; token, id_token and hybrid types are refused',
      run: responseTypes },
    { name: 'discovery: PKCE', what: 'S256 works; plain is refused; an application that must use PKCE cannot go without', run: pkce },
    { name: 'discovery: prompts', what: 'none, login, consent, select_account each do what OIDC Core 3.1.2.1 says', run: prompts },
    { name: 'discovery: locales', what: 'each of ui_locales_supported gives its pages', run: locales },
    { name: 'discovery: request parameters', what: 'claims ignored, request and request_uri refused, as published', run: requestParameters },
    { name: 'discovery: revocation and introspection', what: 'both work with each listed method and refuse an unauthenticated client',
      run: revocationAndIntrospection },
    { name: 'discovery: RP-initiated logout', what: 'end_session_endpoint ends the session and returns to the registered URI',
      run: rpLogout },
    { name: 'discovery: back-channel logout', what: 'a sign-out sends a valid logout token (typ logout+jwt, sid, events) to the application',
      run: backChannel },
  ];
}

async function scopes(ctx) {
  const notes = [];
  for (const scope of ctx.metadata.scopes_supported) {
    const name = Object.keys(ctx.config.clients).find((n) => (ctx.config.clients[n].scopes ?? []).includes(scope));
    check(name, `no configured application is registered for the scope ${scope}`);
    const rp = await ctx.rp(name);
    const { tokens, claims, userinfo } = await happyFlow(ctx, rp, ctx.browser(),
      { params: { scope: scope === 'openid' ? 'openid' : `openid ${scope}` } });
    const introspected = await client.tokenIntrospection(rp.config, tokens.access_token);
    check(introspected.active && String(introspected.scope).split(' ').includes(scope),
      `the access token for ${scope} does not carry it (introspection: ${introspected.scope})`);
    const carried = Object.entries(CLAIM_SCOPE).filter(([, s]) => s === scope).map(([c]) => c)
      .filter((c) => (rp.definition.attributes ?? Object.keys(CLAIM_SCOPE)).includes(c) || c === 'email_verified');
    for (const claim of carried) {
      check(userinfo[claim] !== undefined && claims[claim] !== undefined, `${scope} gave no ${claim}`);
    }
    check(userinfo.sub === claims.sub, 'userinfo sub differs');
    notes.push(`${scope}: ${carried.length ? carried.join(' ') : 'the permission, in the access token'}`);
    ctx.seenClaims = new Set([...(ctx.seenClaims ?? []), ...Object.keys(claims), ...Object.keys(userinfo)]);
  }
  return { notes: notes.join('; ') };
}

async function unlistedScopes(ctx) {
  const rp = await ctx.rp('basic');
  for (const scope of ['address', 'phone', 'offline_access', 'made.up']) {
    check(!ctx.metadata.scopes_supported.includes(scope), `${scope} is listed`);
    const flow = await authorize(ctx, rp, ctx.browser(), { params: { scope: `openid ${scope}` } });
    const answer = callbackParameters(flow);
    check(answer.error === 'invalid_scope', `scope ${scope} gave ${answer.error ?? 'a code'}, expected invalid_scope`);
  }
}

async function claims(ctx) {
  const rp = await ctx.rp('basic');
  const browser = ctx.browser();
  const { claims: idClaims, userinfo } = await happyFlow(ctx, rp, browser, { params: { scope: 'openid profile email' } });
  const seen = new Set([...(ctx.seenClaims ?? []), ...Object.keys(idClaims), ...Object.keys(userinfo)]);
  const missing = ctx.metadata.claims_supported.filter((claim) => !seen.has(claim));
  check(missing.length === 0, `never seen: ${missing.join(', ')}`);
}

function rank(ctx, acr) {
  return ctx.metadata.acr_values_supported.indexOf(acr);
}

async function acrValues(ctx) {
  const notes = [];
  const rp = await ctx.rp('basic');
  for (const acr of ctx.metadata.acr_values_supported) {
    const browser = ctx.browser();
    const flow = await authorize(ctx, rp, browser, { params: { acr_values: acr } });
    if (flow.callback) {
      const { claims } = await exchange(ctx, rp, flow);
      check(rank(ctx, claims.acr) >= rank(ctx, acr), `asked ${acr}, got the lower ${claims.acr}`);
      notes.push(`${acr} -> ${claims.acr}`);
      continue;
    }
    // Not met by this person's sign-in: a page says what is missing, and prompt=none says interaction_required.
    const page = flow.response.url.pathname;
    check(['/federation/passkey-needed', '/sign-in/passkey', '/federation/step-up'].includes(page),
      `asked ${acr}: neither a code nor the step that is missing (at ${page})`);
    const silent = await authorize(ctx, rp, browser, { params: { acr_values: acr, prompt: 'none' } });
    const answer = callbackParameters(silent);
    check(answer.error === 'interaction_required', `asked ${acr} with prompt=none: ${answer.error ?? 'a code'}`);
    notes.push(`${acr} -> ${page} (no code without it)`);
  }
  const lower = ctx.config.people?.loa1;
  if (lower) {
    const top = ctx.metadata.acr_values_supported.find((v) => /loa-3$/.test(v));
    const flow = await authorize(ctx, rp, ctx.browser(), { params: { acr_values: top }, person: lower });
    check(!flow.callback && flow.response.url.pathname === '/federation/step-up',
      `an LOA-1 person asking ${top} was not offered the step-up`);
    notes.push(`LOA-1 person asking ${top} -> step-up`);
  }
  return { notes: notes.join('; ') };
}

async function pairwise(ctx) {
  check(JSON.stringify(ctx.metadata.subject_types_supported) === '["pairwise"]', 'not pairwise only');
  const browser = ctx.browser();
  const one = await ctx.rp('basic');
  const two = await ctx.rp('second');
  const a = await happyFlow(ctx, one, browser, { userinfo: false });
  const b = await happyFlow(ctx, two, browser, { userinfo: false });
  const again = await happyFlow(ctx, one, ctx.browser(), { userinfo: false });
  check(a.claims.sub !== b.claims.sub, 'the same sub for two applications: not pairwise');
  check(a.claims.sub === again.claims.sub, 'the sub of one application changed');
}


async function grants(ctx) {
  check(JSON.stringify(ctx.metadata.grant_types_supported) === '["authorization_code","refresh_token"]',
    `grant_types_supported ${ctx.metadata.grant_types_supported}`);
  const rp = await ctx.rp('basic');
  const { tokens } = await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
  const refreshed = await client.refreshTokenGrant(rp.config, tokens.refresh_token);
  check(refreshed.access_token, 'refresh_token does not work');
  const refused = {
    client_credentials: () => client.clientCredentialsGrant(rp.config, { scope: 'openid' }),
    password: () => client.genericGrantRequest(rp.config, 'password', { username: 'x', password: 'y' }),
    'urn:ietf:params:oauth:grant-type:token-exchange': () => client.genericGrantRequest(rp.config,
      'urn:ietf:params:oauth:grant-type:token-exchange', { subject_token: refreshed.access_token,
        subject_token_type: 'urn:ietf:params:oauth:token-type:access_token' }),
    'urn:ietf:params:oauth:grant-type:device_code': () => client.genericGrantRequest(rp.config,
      'urn:ietf:params:oauth:grant-type:device_code', { device_code: 'x' }),
  };
  for (const [grant, call] of Object.entries(refused)) {
    const error = await tokenError(call);
    check(['unauthorized_client', 'unsupported_grant_type', 'invalid_grant'].includes(error),
      `${grant} was not refused (${error})`);
  }
  const device = await fetch(new URL('/oauth2/device_authorization', ctx.issuer), { method: 'POST' });
  check(device.status >= 400, 'a device authorization endpoint answers');
}

async function clientAuthentication(ctx) {
  const listed = ctx.metadata.token_endpoint_auth_methods_supported;
  for (const method of ['client_secret_basic', 'client_secret_post']) {
    check(listed.includes(method), `${method} not listed`);
    const rp = await ctx.rp('basic', method);
    await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
  }
  if (listed.includes('none')) {
    const rp = await ctx.rp('public', 'none');
    const { tokens } = await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
    check(!tokens.refresh_token, 'a public client got a refresh token');
  }
  for (const method of ['client_secret_jwt']) {
    check(!listed.includes(method), `${method} listed`);
    const rp = await ctx.rp('basic', method);
    const flow = await authorize(ctx, rp, ctx.browser());
    const error = await tokenError(() => exchange(ctx, rp, flow));
    check(error === 'invalid_client', `${method} was not refused (${error})`);
  }
  const assertion = await fetch(ctx.metadata.token_endpoint, { method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'authorization_code', code: 'x', redirect_uri: 'https://x.example/',
      client_id: ctx.config.clients.basic.client_id,
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl' }) });
  check(assertion.status === 401 || (await assertion.clone().json()).error === 'invalid_client',
    `private_key_jwt was not refused (${assertion.status})`);
  const registeredBasicOnly = Object.keys(ctx.config.clients).find((n) =>
    JSON.stringify(ctx.config.clients[n].tokenEndpointAuthMethods ?? ['client_secret_basic']) === '["client_secret_basic"]'
    && ctx.config.clients[n].client_secret);
  if (registeredBasicOnly) {
    const rp = await ctx.rp(registeredBasicOnly, 'client_secret_post');
    const flow = await authorize(ctx, rp, ctx.browser());
    const error = await tokenError(() => exchange(ctx, rp, flow));
    check(error === 'invalid_client', `a client registered for client_secret_basic could use client_secret_post (${error})`);
  }
}

async function responseTypes(ctx) {
  check(JSON.stringify(ctx.metadata.response_types_supported) === '["code"]', 'more than code');
  check(JSON.stringify(ctx.metadata.response_modes_supported ?? ['query', 'fragment']) === '["query"]', 'more than query');
  const rp = await ctx.rp('basic');
  for (const type of ['token', 'id_token', 'code id_token', 'code token', 'id_token token']) {
    const flow = await authorize(ctx, rp, ctx.browser(), { params: { response_type: type } });
    const answer = flow.callback ? Object.fromEntries(flow.callback.searchParams) : {};
    const fragment = flow.callback?.hash ?? '';
    check(!answer.code && !answer.access_token && !answer.id_token && !/access_token|id_token/.test(fragment),
      `response_type=${type} was answered with tokens`);
    check(answer.error === 'unsupported_response_type' || answer.error === 'invalid_request'
      || (!flow.callback && flow.response.status >= 400), `response_type=${type} was not refused`);
  }
  const formPost = await authorize(ctx, rp, ctx.browser(), { params: { response_mode: 'form_post' } });
  check(formPost.callback && formPost.response.status === 302,
    'response_mode=form_post is not listed, so the answer must still be the query redirect');
  await exchange(ctx, rp, formPost);
}

async function pkce(ctx) {
  check(JSON.stringify(ctx.metadata.code_challenge_methods_supported) === '["S256"]', 'more than S256');
  const rp = await ctx.rp('basic');
  await happyFlow(ctx, rp, ctx.browser(), { pkce: true, userinfo: false });
  const plain = await authorize(ctx, rp, ctx.browser(), { params: { code_challenge: 'a'.repeat(43),
    code_challenge_method: 'plain' }, signIn: false });
  check(callbackParameters(plain).error === 'invalid_request', 'code_challenge_method=plain was not refused');
  const strict = Object.keys(ctx.config.clients).find((n) => ctx.config.clients[n].pkce);
  if (strict) {
    const app = await ctx.rp(strict);
    const without = await authorize(ctx, { ...app, definition: { ...app.definition, pkce: false } }, ctx.browser(),
      { signIn: false });
    check(callbackParameters(without).error === 'invalid_request', `${strict} went without PKCE`);
  }
}

async function prompts(ctx) {
  const rp = await ctx.rp('basic');
  const browser = ctx.browser();
  const none = await authorize(ctx, rp, ctx.browser(), { params: { prompt: 'none' }, signIn: false });
  check(callbackParameters(none).error === 'login_required', 'prompt=none without a session');
  await happyFlow(ctx, rp, browser, { userinfo: false });
  const silent = await authorize(ctx, rp, browser, { params: { prompt: 'none' } });
  check(silent.callback && silent.pages.length === 0, 'prompt=none with a session showed a page');
  for (const value of ['login', 'select_account']) {
    const flow = await authorize(ctx, rp, browser, { params: { prompt: value } });
    check(flow.signedIn, `prompt=${value} did not ask for a sign-in`);
    await exchange(ctx, rp, flow);
  }
  const consent = await authorize(ctx, rp, browser, { params: { prompt: 'consent', scope: 'openid profile' } });
  check(consent.consented, 'prompt=consent did not show the consent page again');
  await exchange(ctx, rp, consent);
  const bogus = await authorize(ctx, rp, browser, { params: { prompt: 'bogus' } });
  check(callbackParameters(bogus).error === 'invalid_request', 'prompt=bogus was not refused');
}

async function locales(ctx) {
  const rp = await ctx.rp('basic');
  for (const locale of ctx.metadata.ui_locales_supported) {
    const flow = await authorize(ctx, rp, ctx.browser(), { params: { ui_locales: locale }, signIn: false });
    const page = flow.response.text;
    check(new RegExp(`<html lang="${locale}"`).test(page), `ui_locales=${locale} did not give ${locale} pages`);
  }
}

async function requestParameters(ctx) {
  check(ctx.metadata.claims_parameter_supported === false, 'claims_parameter_supported is not false');
  check(ctx.metadata.request_parameter_supported === false && ctx.metadata.request_uri_parameter_supported === false,
    'request objects are listed');
  const rp = await ctx.rp('basic');
  const flow = await authorize(ctx, rp, ctx.browser(), { params: { request: 'eyJhbGciOiJub25lIn0.e30.' }, signIn: false });
  check(callbackParameters(flow).error === 'request_not_supported', 'request not refused with request_not_supported');
  const byReference = await authorize(ctx, rp, ctx.browser(), { params: { request_uri: 'https://x.example/r' }, signIn: false });
  check(callbackParameters(byReference).error === 'request_uri_not_supported', 'request_uri not refused');
}

async function revocationAndIntrospection(ctx) {
  for (const method of ctx.metadata.revocation_endpoint_auth_methods_supported) {
    const rp = await ctx.rp('basic', method);
    const { tokens } = await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
    const active = await client.tokenIntrospection(rp.config, tokens.access_token);
    check(active.active === true, `introspection with ${method} did not say active`);
    await client.tokenRevocation(rp.config, tokens.access_token);
    const revoked = await client.tokenIntrospection(rp.config, tokens.access_token);
    check(revoked.active === false, `the token revoked with ${method} is still active`);
  }
  const anonymous = await fetch(ctx.metadata.introspection_endpoint, { method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'token=x' });
  check(anonymous.status === 401 || anonymous.status === 400, 'introspection answered an unauthenticated client');
}

async function rpLogout(ctx) {
  const rp = await ctx.rp('basic');
  const browser = ctx.browser();
  const { tokens } = await happyFlow(ctx, rp, browser, { userinfo: false });
  const back = ctx.config.clients.basic.post_logout_redirect_uri;
  const url = client.buildEndSessionUrl(rp.config, { id_token_hint: tokens.id_token, post_logout_redirect_uri: back,
    state: 'bye' });
  const answer = await browser.follow(await browser.get(url));
  check(answer.location && answer.location.toString() === `${back}${back.includes('?') ? '&' : '?'}state=bye`,
    `logout returned to ${answer.location}`);
  const after = await authorize(ctx, rp, browser, { params: { prompt: 'none' }, signIn: false });
  check(callbackParameters(after).error === 'login_required', 'the session did not end');
}

async function backChannel(ctx) {
  check(ctx.metadata.backchannel_logout_supported === true, 'not listed');
  const port = ctx.config.backchannel?.port;
  if (!port) {
    throw new Failure('backchannel.port is not configured: the check listens there for logout tokens');
  }
  const received = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      received.push({ type: request.headers['content-type'], body: new URLSearchParams(body) });
      response.writeHead(200).end();
    });
  });
  await new Promise((resolve) => server.listen(port, 'localhost', resolve));
  try {
    const rp = await ctx.rp('basic');
    const browser = ctx.browser();
    const { claims } = await happyFlow(ctx, rp, browser, { userinfo: false });
    check(claims.sid, 'the ID token has no sid (Back-Channel Logout 2.1, backchannel_logout_session_supported)');
    await browser.signOut();
    for (let i = 0; i < 200 && !received.some((r) => tokenFor(r, claims.sid)); i++) {
      await sleep(100);
    }
    const delivery = received.find((r) => tokenFor(r, claims.sid));
    check(delivery, 'no logout token arrived within 20 seconds');
    check(/^application\/x-www-form-urlencoded/.test(delivery.type), 'not a form POST (Back-Channel Logout 2.5)');
    const token = delivery.body.get('logout_token');
    const { payload, protectedHeader } = await jose.jwtVerify(token, ctx.jwks, { issuer: ctx.metadata.issuer,
      audience: rp.definition.client_id, typ: 'logout+jwt', algorithms: ['RS256'] });
    check(protectedHeader.kid, 'no kid');
    check(payload.events?.['http://schemas.openid.net/event/backchannel-logout'], 'no back-channel logout event');
    check(payload.sid === claims.sid && payload.sub === claims.sub, 'sid or sub is not the ID token\'s');
    check(payload.jti && payload.iat && payload.nonce === undefined, 'jti and iat required, nonce forbidden (2.4)');
  } finally {
    server.close();
  }
}

/** A delivery of a logout token for the session {@code sid} (others, of earlier sessions, may arrive too). */
function tokenFor(delivery, sid) {
  const token = delivery.body.get('logout_token');
  if (!token) {
    return false;
  }
  try {
    return jose.decodeJwt(token).sid === sid;
  } catch {
    return false;
  }
}
