// The modules of the OpenID Foundation's "Basic OP" (oidcc-basic-certification-test-plan) and "Config OP"
// (oidcc-config-certification-test-plan) certification test plans, in the plans' order, each doing what the
// module of the conformance suite (gitlab.com/openid/conformance-suite, net.openid.conformance.openid.*) does,
// with openid-client as the relying party; then the other modules of the full OP plan (OIDCCTestPlan) the issue
// names. A module passes, passes with warnings (the OIDF suite's WARNING: what it asks is optional), is not
// applicable (the OIDF suite skips it, and why), or fails.
import { authorize, callbackParameters, check, client, exchange, Failure, happyFlow, idTokenChecks, jose,
  sleep, tokenError, userInfo, userInfoPost } from './rp.mjs';
import { discoveryEndpointVerification } from './discovery.mjs';

const BASIC = 'Basic OP';
const CONFIG = 'Config OP';
const FULL = 'OP (full plan)';

export class NotApplicable extends Error {}

function notApplicable(reason) {
  throw new NotApplicable(reason);
}

function supportsScopes(ctx, scopes) {
  const supported = ctx.metadata.scopes_supported ?? [];
  return scopes.every((scope) => supported.includes(scope));
}

/** The OIDF suite's generic checks of an error at the redirect URI (OIDC Core 3.1.2.6, RFC 6749 4.1.2.1). */
function errorResponseChecks(ctx, flow, expected) {
  const answer = callbackParameters(flow);
  check(answer.error, `expected an error at the redirect URI, got ${flow.callback}`);
  check(!answer.code, 'an error response must not carry a code (OIDC Core 3.1.2.6)');
  check(answer.state === flow.state, 'the error must carry the request\'s state (RFC 6749 4.1.2.1)');
  if (answer.iss !== undefined) {
    check(answer.iss === ctx.metadata.issuer, 'iss in the response is not the issuer (RFC 9207)');
  }
  if (answer.error_description !== undefined) {
    check(/^[\x20-\x21\x23-\x5B\x5D-\x7E]*$/.test(answer.error_description),
      'error_description holds characters RFC 6749 4.1.2.1 forbids');
  }
  if (expected) {
    check(expected.includes(answer.error), `error ${answer.error}, expected ${expected.join(' or ')}`);
  }
  return answer;
}

/** The request was refused with an error page at the provider, and nothing was sent to the application. */
function errorPageChecks(flow) {
  check(!flow.callback, `expected an error page, but the browser was sent to the application: ${flow.callback}`);
  check(flow.response.status >= 400 && flow.response.status < 500,
    `expected an error page (4xx), got ${flow.response.status} at ${flow.response.url}`);
  check(!/Exception|stack trace|at gov\.irs/i.test(flow.response.text), 'the error page shows a stack trace');
}

/** Two authorizations in one browser; the second's parameters as given. */
async function twice(ctx, second, { wait = 0, firstParams = {} } = {}) {
  const rp = await ctx.rp('basic');
  const browser = ctx.browser();
  const first = await happyFlow(ctx, rp, browser, { params: firstParams, userinfo: false });
  if (wait) {
    await sleep(wait);
  }
  const flow = await authorize(ctx, rp, browser, { params: second });
  return { rp, browser, first, flow };
}

function warnUnlessProfileClaims(info, warnings) {
  const expected = ['name', 'given_name', 'family_name', 'middle_name', 'nickname', 'profile', 'picture', 'website',
    'gender', 'birthdate', 'zoneinfo', 'locale', 'updated_at', 'preferred_username'];
  const missing = expected.filter((claim) => info[claim] === undefined);
  if (missing.length) {
    warnings.push(`userinfo has no ${missing.join(', ')} (the profile scope releases only given_name, family_name and`
      + ' identity_verified: FED-3, data minimisation; OIDC Core 5.4 makes each claim optional)');
  }
}

export const modules = [
  {
    name: 'oidcc-server', plan: BASIC,
    what: 'happy flow: code, ID token checks (signature, kid, iss, aud, azp, exp, iat, nonce, sub, at_hash), userinfo',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const result = await happyFlow(ctx, rp, ctx.browser());
      check(result.userinfo.sub === result.claims.sub, 'userinfo sub differs (OIDC Core 5.3.2)');
      const keys = await (await fetch(ctx.metadata.jwks_uri)).json();
      check(keys.keys.every((key) => key.kid), 'every published key must have a kid (OIDC Core 10.1)');
      check(new Set(keys.keys.map((key) => key.kid)).size === keys.keys.length, 'kids must be distinct (RFC 7517 4.5)');
      check(keys.keys.every((key) => !key.d && !key.p), 'the JWKS must hold public keys only');
    },
  },
  {
    name: 'oidcc-response-type-missing', plan: BASIC,
    what: 'no response_type: unsupported_response_type or invalid_request at the redirect URI, or an error page',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const browser = ctx.browser();
      const url = client.buildAuthorizationUrl(rp.config, { redirect_uri: rp.definition.redirect_uri, scope: 'openid',
        state: 's1', nonce: 'n1' });
      url.searchParams.delete('response_type');
      const response = await browser.open(url);
      const flow = { state: 's1', response, callback: response.location?.toString().startsWith(rp.definition.redirect_uri)
        ? response.location : null };
      if (flow.callback) {
        errorResponseChecks(ctx, flow, ['unsupported_response_type', 'invalid_request']);
        return { notes: `redirected with error=${flow.callback.searchParams.get('error')}` };
      }
      errorPageChecks(flow);
      return { notes: `our error page (${response.status}), nothing sent to the application` };
    },
  },
  {
    name: 'oidcc-idtoken-signature', plan: BASIC,
    what: 'the ID token is signed with RS256 by default, verifiable with the published key of its kid',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const { tokens } = await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
      const header = jose.decodeProtectedHeader(tokens.id_token);
      check(header.alg === 'RS256' && header.kid, 'RS256 with a kid expected');
      await jose.jwtVerify(tokens.id_token, ctx.jwks, { algorithms: ['RS256'] });
    },
  },
  {
    name: 'oidcc-idtoken-unsigned', plan: BASIC,
    what: 'an ID token with alg none',
    async run(ctx) {
      check(!(ctx.metadata.id_token_signing_alg_values_supported ?? []).includes('none'), 'alg none is listed');
      notApplicable('skipped by the OIDF suite when id_token_signing_alg_values_supported lacks "none": every ID token'
        + ' is signed (RS256); an unsigned one would carry an identity anyone could forge');
    },
  },
  {
    name: 'oidcc-userinfo-get', plan: BASIC, what: 'userinfo by GET with the bearer token in the header',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const { userinfo: info, claims } = await happyFlow(ctx, rp, ctx.browser());
      check(info.sub === claims.sub, 'userinfo sub differs');
    },
  },
  {
    name: 'oidcc-userinfo-post-header', plan: BASIC, what: 'userinfo by POST with the bearer token in the header',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const { tokens, claims } = await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
      const answer = await userInfoPost(ctx, tokens.access_token, false);
      check(answer.status === 200, `userinfo POST answered ${answer.status}`);
      check(/application\/json/.test(answer.type), `userinfo content type ${answer.type}`);
      check(JSON.parse(answer.body).sub === claims.sub, 'userinfo sub differs');
    },
  },
  {
    name: 'oidcc-userinfo-post-body', plan: BASIC,
    what: 'userinfo by POST with access_token in the form body (RFC 6750 2.2; optional: a warning when refused)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const { tokens, claims } = await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
      const answer = await userInfoPost(ctx, tokens.access_token, true);
      if (answer.status !== 200) {
        return { warnings: [`the form-body token was refused (${answer.status})`] };
      }
      check(JSON.parse(answer.body).sub === claims.sub, 'userinfo sub differs');
    },
  },
  {
    name: 'oidcc-ensure-request-without-nonce-succeeds-for-code-flow', plan: BASIC,
    what: 'no nonce in a code flow request: a code and an ID token without nonce',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const { claims } = await happyFlow(ctx, rp, ctx.browser(), { params: { nonce: null }, userinfo: false });
      check(claims.nonce === undefined, 'a nonce came back that was not sent');
    },
  },
  {
    name: 'oidcc-scope-profile', plan: BASIC, what: 'scope openid profile: userinfo claims of the profile scope',
    async run(ctx) {
      const warnings = [];
      const rp = await ctx.rp('basic');
      const { userinfo: info } = await happyFlow(ctx, rp, ctx.browser(), { params: { scope: 'openid profile' } });
      check(info.given_name && info.family_name, 'the profile scope gave no given_name and family_name');
      warnUnlessProfileClaims(info, warnings);
      return { warnings };
    },
  },
  {
    name: 'oidcc-scope-email', plan: BASIC, what: 'scope openid email: email and email_verified in userinfo',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const { userinfo: info } = await happyFlow(ctx, rp, ctx.browser(), { params: { scope: 'openid email' } });
      check(typeof info.email === 'string' && info.email_verified === true, 'no email / email_verified in userinfo');
    },
  },
  ...['address', 'phone'].map((scope) => ({
    name: `oidcc-scope-${scope}`, plan: BASIC, what: `scope openid ${scope}`,
    async run(ctx) {
      check(!supportsScopes(ctx, [scope]), `${scope} is listed in scopes_supported but not tested here`);
      notApplicable(`skipped by the OIDF suite: ${scope} is not in scopes_supported. The ${scope} is never in any`
        + ' token (FED-3, docs/federation.md); asking for it is refused with invalid_scope (discovery check)');
    },
  })),
  {
    name: 'oidcc-scope-all', plan: BASIC, what: 'scope openid address email phone profile',
    async run(ctx) {
      check(!supportsScopes(ctx, ['address', 'email', 'phone', 'profile']), 'all four scopes listed but not tested');
      notApplicable('skipped by the OIDF suite: address and phone are not in scopes_supported. Every scope that is'
        + ' listed is asked for and checked for its claims by the discovery check');
    },
  },
  {
    name: 'oidcc-alternate-happy-flow', plan: BASIC,
    what: 'scope in reverse order and the query parameters in another order (RFC 6749 3.3); also "other scope order"',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const browser = ctx.browser();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const url = new URL(ctx.metadata.authorization_endpoint);
      for (const [name, value] of [['state', state], ['scope', 'email profile openid'], ['nonce', nonce],
        ['redirect_uri', rp.definition.redirect_uri], ['response_type', 'code'], ['client_id', rp.definition.client_id]]) {
        url.searchParams.append(name, value);
      }
      let response = await browser.open(url);
      response = await browser.acceptAgreementIfAsked(await browser.signIn(ctx.person()));
      if (browser.onPage('/federation/consent')) {
        response = await browser.consent(true);
      }
      const flow = { state, nonce, response, callback: response.location };
      const { tokens, claims } = await exchange(ctx, rp, flow);
      await userInfo(ctx, rp, tokens, claims);
    },
  },
  ...['page', 'popup'].map((display) => ({
    name: `oidcc-display-${display}`, plan: BASIC,
    what: `display=${display} must not cause an error (OIDC Core 15.1); the page is shown as a page`,
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const browser = ctx.browser();
      const flow = await authorize(ctx, rp, browser, { params: { display } });
      check(flow.signedIn, 'no sign-in page was shown');
      await exchange(ctx, rp, flow);
    },
  })),
  {
    name: 'oidcc-prompt-login', plan: BASIC,
    what: 'a second authorization with prompt=login signs the person in again; auth_time later than the first',
    async run(ctx) {
      const { rp, first, flow } = await twice(ctx, { prompt: 'login' }, { wait: 1100 });
      check(flow.signedIn, 'prompt=login did not show the sign-in page again (OIDC Core 3.1.2.1)');
      const { claims } = await exchange(ctx, rp, flow);
      check(claims.auth_time > first.claims.auth_time, 'auth_time of the second sign-in is not later');
      check(claims.sub === first.claims.sub, 'sub changed');
    },
  },
  {
    name: 'oidcc-prompt-none-not-logged-in', plan: BASIC,
    what: 'prompt=none with nobody signed in: login_required at the redirect URI (OIDC Core 3.1.2.6)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const flow = await authorize(ctx, rp, ctx.browser(), { params: { prompt: 'none' }, signIn: false });
      errorResponseChecks(ctx, flow, ['login_required', 'interaction_required']);
      check(flow.pages.length === 0, `prompt=none showed a page: ${flow.pages}`);
    },
  },
  {
    name: 'oidcc-prompt-none-logged-in', plan: BASIC,
    what: 'prompt=none when signed in: a code without any page; same sub and auth_time',
    async run(ctx) {
      const { rp, first, flow } = await twice(ctx, { prompt: 'none' });
      check(flow.pages.length === 0, `prompt=none showed ${flow.pages}`);
      const { claims } = await exchange(ctx, rp, flow);
      check(claims.sub === first.claims.sub, 'sub changed');
      check(claims.auth_time === first.claims.auth_time, 'auth_time changed without a sign-in');
    },
  },
  {
    name: 'oidcc-max-age-1', plan: BASIC,
    what: 'max_age=1 after more than a second: the person signs in again, auth_time later (OIDC Core 3.1.2.1)',
    async run(ctx) {
      const { rp, first, flow } = await twice(ctx, { max_age: '1' }, { wait: 2100 });
      check(flow.signedIn, 'max_age=1 did not ask for a sign-in');
      const { claims } = await exchange(ctx, rp, flow, { maxAge: 1 });
      check(Number.isInteger(claims.auth_time), 'no auth_time with max_age (OIDC Core 2)');
      check(claims.auth_time > first.claims.auth_time, 'auth_time is not later');
    },
  },
  {
    name: 'oidcc-max-age-10000', plan: BASIC,
    what: 'max_age=15000 then max_age=10000: no second sign-in, same auth_time and sub',
    async run(ctx) {
      const { rp, first, flow } = await twice(ctx, { max_age: '10000' }, { firstParams: { max_age: '15000' } });
      check(!flow.signedIn, 'a sign-in was asked though the first is recent');
      check(Number.isInteger(first.claims.auth_time), 'no auth_time with max_age');
      const { claims } = await exchange(ctx, rp, flow, { maxAge: 10000 });
      check(claims.auth_time === first.claims.auth_time && claims.sub === first.claims.sub, 'auth_time or sub changed');
    },
  },
  {
    name: 'oidcc-ensure-request-with-unknown-parameter-succeeds', plan: BASIC,
    what: 'extra=foobar is ignored (RFC 6749 3.1)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      await happyFlow(ctx, rp, ctx.browser(), { params: { extra: 'foobar' }, userinfo: false });
    },
  },
  {
    name: 'oidcc-id-token-hint', plan: BASIC,
    what: 'prompt=none with id_token_hint of the first ID token: a code at once, the same sub',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const browser = ctx.browser();
      const first = await happyFlow(ctx, rp, browser, { userinfo: false });
      const flow = await authorize(ctx, rp, browser, { params: { prompt: 'none', id_token_hint: first.tokens.id_token } });
      check(flow.pages.length === 0, `pages shown: ${flow.pages}`);
      const { claims } = await exchange(ctx, rp, flow);
      check(claims.sub === first.claims.sub, 'sub changed');
    },
  },
  {
    name: 'oidcc-login-hint', plan: BASIC,
    what: 'login_hint must not cause an error; here it fills in the username (OIDC Core 3.1.2.1)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const person = ctx.person();
      const flow = await authorize(ctx, rp, ctx.browser(), { params: { login_hint: person.username } });
      check(flow.usernamePage?.includes(`value="${person.username}"`), 'the username page is not filled in with login_hint');
      await exchange(ctx, rp, flow);
      const other = await authorize(ctx, rp, ctx.browser(), { params: { login_hint: `buffy@${new URL(ctx.issuer).hostname}` } });
      await exchange(ctx, rp, other);
    },
  },
  {
    name: 'oidcc-ui-locales', plan: BASIC,
    what: 'ui_locales must not cause an error; es gives the Spanish pages, se (the OIDF default) the English ones',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const browser = ctx.browser();
      const flow = await authorize(ctx, rp, browser, { params: { ui_locales: 'es' } });
      check(/<html lang="es"/.test(flow.usernamePage ?? ''), 'ui_locales=es did not give the Spanish sign-in page');
      await exchange(ctx, rp, flow);
      const swedish = await authorize(ctx, rp, ctx.browser(), { params: { ui_locales: 'se' } });
      check(/<html lang="en"/.test(swedish.usernamePage ?? ''), 'ui_locales=se did not fall back to English');
      await exchange(ctx, rp, swedish);
    },
  },
  {
    name: 'oidcc-claims-locales', plan: BASIC, what: 'claims_locales=se must not cause an error (OIDC Core 5.2)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      await happyFlow(ctx, rp, ctx.browser(), { params: { claims_locales: 'se' } });
    },
  },
  {
    name: 'oidcc-ensure-request-with-acr-values-succeeds', plan: BASIC,
    what: 'acr_values with every advertised value: success; the acr returned is one of them (else a warning)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const values = ctx.metadata.acr_values_supported ?? ['1', '2'];
      const { claims } = await happyFlow(ctx, rp, ctx.browser(), { params: { acr_values: values.join(' ') }, userinfo: false });
      if (!values.includes(claims.acr)) {
        return { warnings: [`acr ${claims.acr} is none of the requested values`] };
      }
      return { notes: `acr ${claims.acr}` };
    },
  },
  {
    name: 'oidcc-codereuse', plan: BASIC, what: 'the code used twice: the second gets invalid_grant',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const flow = await authorize(ctx, rp, ctx.browser());
      await exchange(ctx, rp, flow);
      return reuse(ctx, rp, flow);
    },
  },
  {
    name: 'oidcc-codereuse-30seconds', plan: BASIC,
    what: 'the code used again 30 s later: invalid_grant, and the first access token revoked (RFC 6749 4.1.2)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const flow = await authorize(ctx, rp, ctx.browser());
      const { tokens } = await exchange(ctx, rp, flow);
      await sleep(30_000);
      const result = await reuse(ctx, rp, flow);
      const after = await userInfoPost(ctx, tokens.access_token, false);
      if (after.status === 200) {
        return { warnings: ['the access token of the reused code still works'] };
      }
      return result;
    },
  },
  {
    name: 'oidcc-ensure-registered-redirect-uri', plan: BASIC,
    what: 'an unregistered redirect_uri: an error page, nothing sent to it',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const flow = await authorize(ctx, rp, ctx.browser(), { params: { redirect_uri: 'https://unregistered.example/cb' } });
      check(!flow.response.location || flow.response.location.origin !== 'https://unregistered.example',
        'the browser was sent to the unregistered redirect URI');
      errorPageChecks(flow);
    },
  },
  {
    name: 'oidcc-ensure-post-request-succeeds', plan: BASIC,
    what: 'the authorization request as a form POST (OIDC Core 3.1.2.1)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const flow = await authorize(ctx, rp, ctx.browser(), { post: true });
      await exchange(ctx, rp, flow);
    },
  },
  {
    name: 'oidcc-server-client-secret-post', plan: BASIC, what: 'the happy flow with client_secret_post',
    async run(ctx) {
      const rp = await ctx.rp('basic', 'client_secret_post');
      await happyFlow(ctx, rp, ctx.browser());
      const token = ctx.lastResponse(new URL(ctx.metadata.token_endpoint).pathname);
      check(token.status === 200, 'the token endpoint refused client_secret_post');
    },
  },
  {
    name: 'oidcc-request-uri-unsigned-supported-correctly-or-rejected-as-unsupported', plan: BASIC,
    what: 'request_uri to an unsigned request object',
    async run(ctx) {
      check(!(ctx.metadata.request_object_signing_alg_values_supported ?? []).includes('none'), 'none is listed');
      const rp = await ctx.rp('basic');
      const flow = await authorize(ctx, rp, ctx.browser(), { params: { request_uri: 'https://rp.example/request.jwt' },
        signIn: false });
      errorResponseChecks(ctx, flow, ['request_uri_not_supported']);
      notApplicable('skipped by the OIDF suite: "none" is not in request_object_signing_alg_values_supported'
        + ' (request_uri_parameter_supported is false); checked: request_uri is answered request_uri_not_supported');
    },
  },
  {
    name: 'oidcc-unsigned-request-object-supported-correctly-or-rejected-as-unsupported', plan: BASIC,
    what: 'an unsigned request object by value',
    async run(ctx) {
      check(!(ctx.metadata.request_object_signing_alg_values_supported ?? []).includes('none'), 'none is listed');
      const rp = await ctx.rp('basic');
      const object = `${jose.base64url.encode('{"alg":"none"}')}.${jose.base64url.encode(JSON.stringify({
        client_id: rp.definition.client_id, response_type: 'code', scope: 'openid', redirect_uri: rp.definition.redirect_uri }))}.`;
      const flow = await authorize(ctx, rp, ctx.browser(), { params: { request: object }, signIn: false });
      errorResponseChecks(ctx, flow, ['request_not_supported']);
      notApplicable('skipped by the OIDF suite: "none" is not in request_object_signing_alg_values_supported'
        + ' (request_parameter_supported is false); checked: request is answered request_not_supported (OIDC Core 3.1.2.6)');
    },
  },
  {
    name: 'oidcc-claims-essential', plan: BASIC,
    what: 'claims parameter asking name as essential: success (a warning when name is not returned)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const { userinfo: info } = await happyFlow(ctx, rp, ctx.browser(),
        { params: { claims: JSON.stringify({ userinfo: { name: { essential: true } } }) } });
      if (info.name === undefined) {
        return { warnings: ['no name claim: claims_parameter_supported is false, and the name is released only as'
          + ' given_name and family_name'] };
      }
    },
  },
  {
    name: 'oidcc-ensure-request-object-with-redirect-uri', plan: BASIC,
    what: 'a request object whose redirect_uri differs from the query\'s',
    async run() {
      notApplicable('skipped by the OIDF suite unless unsigned request objects are supported; request objects are'
        + ' refused with request_not_supported (see the module above)');
    },
  },
  {
    name: 'oidcc-refresh-token', plan: BASIC,
    what: 'the refresh token works, rotates, and is bound to its client (another client cannot use it)',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const { tokens, claims } = await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
      check(tokens.refresh_token, 'no refresh token for a confidential client');
      const other = await ctx.rp('second');
      const stolen = await tokenError(() => client.refreshTokenGrant(other.config, tokens.refresh_token));
      check(stolen === 'invalid_grant', `another client's use of the refresh token gave ${stolen}, expected invalid_grant`);
      const refreshed = await client.refreshTokenGrant(rp.config, tokens.refresh_token);
      check(refreshed.access_token && refreshed.refresh_token && refreshed.refresh_token !== tokens.refresh_token,
        'refresh gave no new access and refresh token');
      if (refreshed.id_token) {
        const again = await idTokenChecks(ctx, rp, refreshed.id_token, { nonce: claims.nonce,
          accessToken: refreshed.access_token, refreshed: true });
        check(again.sub === claims.sub && again.iss === claims.iss, 'the refreshed ID token changed sub or iss (OIDC Core 12.2)');
        check(again.auth_time === claims.auth_time, 'auth_time changed at refresh');
      }
      const reused = await tokenError(() => client.refreshTokenGrant(rp.config, tokens.refresh_token));
      check(reused === 'invalid_grant', `the rotated-out refresh token gave ${reused}`);
    },
  },
  {
    name: 'oidcc-ensure-request-with-valid-pkce-succeeds', plan: BASIC,
    what: 'PKCE S256 (RFC 7636) must succeed',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      await happyFlow(ctx, rp, ctx.browser(), { pkce: true, userinfo: false });
    },
  },
  {
    name: 'oidcc-discovery-endpoint-verification', plan: CONFIG,
    what: 'the discovery document: required values, issuer, endpoints, JWKS, scopes, claims, grants, locales',
    run: discoveryEndpointVerification,
  },
  // The other modules of the full OP plan (OIDCCTestPlan) that the issue names.
  {
    name: 'oidcc-ensure-redirect-uri-in-authorization-request', plan: FULL,
    what: 'a client with two redirect URIs sends none: an error page',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      check(rp.definition.redirect_uri_2, 'the basic client needs a second redirect URI (redirect_uri_2)');
      const flow = await authorize(ctx, rp, ctx.browser(), { params: { redirect_uri: null }, signIn: false });
      errorPageChecks(flow);
    },
  },
  {
    name: 'oidcc-idtoken-rs256', plan: FULL, what: 'an ID token asked for with RS256',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const { tokens } = await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
      check(jose.decodeProtectedHeader(tokens.id_token).alg === 'RS256', 'not RS256');
    },
  },
  {
    name: 'oidcc-userinfo-rs256', plan: FULL, what: 'userinfo signed with RS256',
    async run(ctx) {
      check(!ctx.metadata.userinfo_signing_alg_values_supported, 'signed userinfo is listed');
      notApplicable('needs a client registered (dynamically) with userinfo_signed_response_alg; userinfo here is'
        + ' plain JSON over TLS, and userinfo_signing_alg_values_supported is not published');
    },
  },
  {
    name: 'oidcc-server-rotate-keys', plan: FULL,
    what: 'after a rotation the JWKS has a new key and still the old one, and new ID tokens verify',
    async run(ctx) {
      if (!ctx.config.rotateKeys?.url) {
        notApplicable('needs a way to make the provider rotate now (the build\'s test does, rotateKeys.url);'
          + ' in production keys rotate every secure-access.federation.key-rotation, the old one published an hour');
      }
      const before = (await (await fetch(ctx.metadata.jwks_uri)).json()).keys.map((k) => k.kid);
      const rotated = await fetch(ctx.config.rotateKeys.url, { method: 'POST' });
      check(rotated.ok, `the rotation hook answered ${rotated.status}`);
      const after = (await (await fetch(ctx.metadata.jwks_uri)).json()).keys.map((k) => k.kid);
      check(after.some((kid) => !before.includes(kid)), 'no new key after the rotation');
      check(before.every((kid) => after.includes(kid)), 'the old key left the JWKS at once');
      ctx.jwks = jose.createRemoteJWKSet(new URL(ctx.metadata.jwks_uri));
      // An application that fetched the JWKS in the last 30 s (the module before) would not look again for the new
      // kid: openid-client's cool-down. A new one fetches it, as an application started after the rotation does.
      const rp = await ctx.rp('basic', undefined, { fresh: true });
      const { tokens } = await happyFlow(ctx, rp, ctx.browser(), { userinfo: false });
      const kid = jose.decodeProtectedHeader(tokens.id_token).kid;
      check(!before.includes(kid), 'the new ID token is not signed with the new key');
    },
  },
  {
    name: 'oidcc-redirect-uri-query-ok', plan: FULL, what: 'a registered redirect URI with a query, sent the same',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      check(rp.definition.redirect_uri_query, 'the basic client needs a redirect URI with a query (redirect_uri_query)');
      const queried = { ...rp, definition: { ...rp.definition, redirect_uri: rp.definition.redirect_uri_query } };
      const flow = await authorize(ctx, queried, ctx.browser(), { params: { redirect_uri: rp.definition.redirect_uri_query } });
      const callback = callbackParameters(flow);
      const expected = new URL(rp.definition.redirect_uri_query);
      for (const [name, value] of expected.searchParams) {
        check(callback[name] === value, `the redirect URI's query ${name} was not kept (RFC 6749 3.1.2)`);
      }
      check(callback.code, 'no code');
    },
  },
  {
    name: 'oidcc-redirect-uri-query-added', plan: FULL, what: 'a query added to a registered redirect URI: an error page',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      const flow = await authorize(ctx, rp, ctx.browser(), { params: { redirect_uri: `${rp.definition.redirect_uri}?foo=bar` },
        signIn: false });
      errorPageChecks(flow);
    },
  },
  {
    name: 'oidcc-redirect-uri-query-mismatch', plan: FULL, what: 'another query than the registered one: an error page',
    async run(ctx) {
      const rp = await ctx.rp('basic');
      check(rp.definition.redirect_uri_query, 'the basic client needs a redirect URI with a query');
      const mismatched = new URL(rp.definition.redirect_uri_query);
      mismatched.search = '?foo=other';
      const flow = await authorize(ctx, rp, ctx.browser(), { params: { redirect_uri: mismatched.toString() }, signIn: false });
      errorPageChecks(flow);
    },
  },
  ...[['oidcc-redirect-uri-regfrag', 'registers a redirect URI with a fragment; the register-client command refuses'
    + ' one (ApplicationRegistrationTest)'],
  ['oidcc-registration-jwks-uri', 'registers a client with jwks_uri'],
  ['oidcc-registration-logo-uri', 'registers a client with logo_uri'],
  ['oidcc-registration-policy-uri', 'registers a client with policy_uri'],
  ['oidcc-registration-sector-uri', 'registers a client with sector_identifier_uri'],
  ['oidcc-registration-sector-bad', 'registers a client with a bad sector_identifier_uri'],
  ['oidcc-registration-tos-uri', 'registers a client with tos_uri']].map(([name, what]) => ({
    name, plan: FULL, what,
    async run(ctx) {
      check(!ctx.metadata.registration_endpoint, 'a registration endpoint is published');
      notApplicable('dynamic client registration (OIDC Registration 1.0) is not offered: no registration_endpoint;'
        + ' applications are registered by an administrator (register-client command)');
    },
  })),
  ...[['oidcc-request-uri-unsigned', 'an unsigned request object by reference'],
  ['oidcc-request-uri-signed-rs256', 'a signed request object by reference']].map(([name, what]) => ({
    name, plan: FULL, what,
    async run(ctx) {
      check(ctx.metadata.request_uri_parameter_supported === false, 'request_uri_parameter_supported is not false');
      notApplicable('request_uri is not supported (request_uri_parameter_supported false); it is answered'
        + ' request_uri_not_supported');
    },
  })),
  {
    name: 'oidcc-ensure-request-without-nonce-fails', plan: FULL, what: 'no nonce in an implicit or hybrid request',
    async run(ctx) {
      check(JSON.stringify(ctx.metadata.response_types_supported) === '["code"]', 'more than code is listed');
      notApplicable('for response types that return an ID token from the authorization endpoint; only code is offered');
    },
  },
  {
    name: 'oidcc-ensure-client-assertion-with-iss-aud-succeeds', plan: FULL, what: 'private_key_jwt with iss and aud',
    async run(ctx) {
      check(!(ctx.metadata.token_endpoint_auth_methods_supported ?? []).includes('private_key_jwt'), 'listed');
      notApplicable('private_key_jwt is not offered (not in token_endpoint_auth_methods_supported; refused, discovery check)');
    },
  },
  {
    name: 'oidcc-refresh-token-rp-key-rotation', plan: FULL, what: 'refresh after the RP rotates its private_key_jwt keys',
    async run() {
      notApplicable('needs private_key_jwt client authentication, which is not offered');
    },
  },
];


async function reuse(ctx, rp, flow) {
  const error = await tokenError(() => client.authorizationCodeGrant(rp.config, flow.callback, {
    expectedState: flow.state, expectedNonce: flow.nonce, pkceCodeVerifier: flow.verifier }));
  if (error === 'success') {
    throw new Failure('the code was accepted a second time');
  }
  if (error !== 'invalid_grant') {
    return { warnings: [`the second use gave ${error}, not invalid_grant`] };
  }
  return {};
}

export async function runModule(ctx, module) {
  const started = Date.now();
  try {
    const result = (await module.run(ctx)) ?? {};
    const warnings = result.warnings ?? [];
    return { name: module.name, plan: module.plan, what: module.what, status: 'passed', warnings,
      notes: result.notes ?? '', seconds: (Date.now() - started) / 1000 };
  } catch (error) {
    if (error instanceof NotApplicable) {
      return { name: module.name, plan: module.plan, what: module.what, status: 'not applicable', reason: error.message,
        warnings: [], seconds: (Date.now() - started) / 1000 };
    }
    return { name: module.name, plan: module.plan, what: module.what, status: 'failed',
      reason: error instanceof Failure ? error.message : `${error.name}: ${error.message}${error.error ? ` (${error.error}: ${error.error_description})` : ''}`,
      warnings: [], seconds: (Date.now() - started) / 1000 };
  }
}

