// A standards-compliant OpenID provider for the browser journeys (the certified `oidc-provider`
// package), with test-only keys made at start: the front end signs in through its login page
// (authorisation code with PKCE), and a partner tool gets tokens by client credentials.
//
// PROVIDER_PORT: where to listen; REALISE_URL: the Realise server it signs people in to;
// AUDIENCE: Realise's audience (the resource indicator its access tokens are for).
// TEST ONLY: any password is accepted, and the accounts are the journeys' own.

import { randomBytes } from 'node:crypto';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

const port = Number(process.env.PROVIDER_PORT ?? 0);
const realise = process.env.REALISE_URL ?? 'http://127.0.0.1:8080';
const audience = process.env.AUDIENCE ?? 'urn:realise:journeys';
const issuer = `http://127.0.0.1:${port}`;

/** The people who can sign in, by login name, with the claims the provider gives them. */
const ACCOUNTS = {
  board: { name: 'Olivia Board', groups: ['staff', 'benefits-board'] },
  exec: { name: 'Daniel Webb', email: 'daniel.webb@nhs.example', groups: ['trust-executives'], ods: 'RM1' },
  nobody: { name: 'Pat Nobody', groups: ['staff'] },
  admin: { name: 'Ada Admin', groups: ['realise-admins'] },
  partner: { name: 'Pia Partner', groups: ['partner-tools'] },
};
/** Service accounts of partner tools (client credentials), with their claims. */
const SERVICE_ACCOUNTS = { 'partner-tool': { name: 'Partner tool', groups: ['partner-tools'] } };

const { privateKey } = await generateKeyPair('ES256', { extractable: true });
const signing = { ...(await exportJWK(privateKey)), kid: 'journeys-1', alg: 'ES256', use: 'sig' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'realise-browser',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code', 'refresh_token'],
      response_types: ['code'],
      redirect_uris: [`${realise}/auth/callback`],
      post_logout_redirect_uris: [`${realise}/`],
    },
    {
      client_id: 'partner-tool',
      client_secret: 'test-only-partner-secret',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ],
  jwks: { keys: [signing] },
  clientDefaults: { id_token_signed_response_alg: 'ES256' },
  cookies: { keys: [randomBytes(32).toString('hex')] },
  claims: { openid: ['sub'], profile: ['name'] },
  findAccount: async (_ctx, id) => ACCOUNTS[id] && { accountId: id, claims: async () => ({ sub: id, name: ACCOUNTS[id].name }) },
  features: {
    devInteractions: { enabled: true },
    clientCredentials: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    resourceIndicators: {
      enabled: true,
      defaultResource: () => audience,
      useGrantedResource: () => true,
      getResourceServerInfo: (_ctx, resource) => {
        if (resource !== audience) throw new Error(`unknown resource ${resource}`);
        return { scope: 'realise', audience, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'ES256' } } };
      },
    },
  },
  // Refresh tokens for the browser's silent renewal, without a consent screen for offline_access.
  issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
  // The journeys' people have agreed already: no consent screen.
  loadExistingGrant: async (ctx) => {
    const { Grant } = ctx.oidc.provider;
    const grant = new Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile offline_access');
    grant.addResourceScope(audience, 'realise');
    await grant.save();
    return grant;
  },
  extraTokenClaims: async (_ctx, token) => {
    if (token.kind === 'ClientCredentials') return SERVICE_ACCOUNTS[token.clientId];
    const account = ACCOUNTS[token.accountId];
    return (
      account && {
        name: account.name,
        groups: account.groups,
        ...(account.ods ? { ods: account.ods } : {}),
        ...(account.email ? { email: account.email } : {}),
      }
    );
  },
  pkce: { required: () => true },
  // Access tokens live 75 s: the browser renews 60 s before expiry, so the journeys see it.
  ttl: { AccessToken: 75, ClientCredentials: 600, Session: 3600, Grant: 3600, Interaction: 600, RefreshToken: 3600 },
});
provider.proxy = false;

const server = provider.listen(port, '127.0.0.1', () => {
  console.log(`provider listening at ${issuer}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
