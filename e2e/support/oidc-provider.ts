import type { Server } from "node:http";

// A real OpenID Connect provider for the single sign-on tests: `oidc-provider` (the certified Node implementation)
// on 127.0.0.1, in the test's own process, with Berth registered as a confidential client and the development
// login form (devInteractions: any login name, any password). Accounts are a map the test may change between
// sign-ins (e.g. a user's groups), which is what a provider's admin would do.

export interface ProviderAccount {
  name: string;
  email: string;
  groups: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** By login name (what one types in the provider's form); the login name is the subject too (devInteractions makes it the account id). */
  accounts: Map<string, ProviderAccount>;
  /**
   * The provider's next answer to Berth (its redirect to the redirect URI, code and state in the query), kept from
   * the browser: the provider shows a page of its own instead, and this resolves with the URL it would have sent.
   * Held here, at the provider, because Playwright's page.route never sees a redirect's later hops.
   */
  holdNextAnswer: () => Promise<string>;
  stop: () => Promise<void>;
  /** Listens again after stop(): the same provider (keys, client, accounts, sessions), as one back from an outage. */
  restart: () => Promise<void>;
}

export const HELD_ANSWER_TITLE = "Answer held by the test";

export async function startTestProvider(
  port: number,
  opts: { redirectUris: string[]; postLogoutRedirectUri?: string; accounts: Record<string, ProviderAccount> },
): Promise<TestProvider> {
  // ESM only; loaded here so the rest of the suite never pays for it.
  const { default: Provider } = await import("oidc-provider");
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "berth-e2e";
  const clientSecret = `e2e-client-secret-${port}-${Math.random().toString(36).slice(2)}`;
  const accounts = new Map(Object.entries(opts.accounts));

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: opts.redirectUris,
        // Where RP-initiated logout may send the browser back to (Berth's sign-in page).
        post_logout_redirect_uris: opts.postLogoutRedirectUri ? [opts.postLogoutRedirectUri] : [],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    // Groups through a scope of their own, as many providers do it; kept out of the ID token (conformIdTokenClaims),
    // so Berth must read them from the userinfo endpoint.
    claims: { openid: ["sub"], profile: ["name", "preferred_username"], email: ["email"], groups: ["groups"] },
    scopes: ["openid", "profile", "email", "groups"],
    pkce: { required: () => true },
    cookies: { keys: [`e2e-cookie-key-${port}`] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        async claims() {
          const now = accounts.get(id) ?? account;
          return { sub: id, preferred_username: id, name: now.name, email: now.email, groups: [...now.groups] };
        },
      };
    },
  });

  // After the provider has answered: a redirect to Berth's callback, while a test holds it, becomes a page here.
  const holds: ((url: string) => void)[] = [];
  type Ctx = { status: number; type: string; body: unknown; response: { get(h: string): string }; remove(h: string): void };
  provider.use(async (ctx: Ctx, next: () => Promise<void>) => {
    await next();
    const location = ctx.status >= 300 && ctx.status < 400 ? ctx.response.get("location") : "";
    if (!opts.redirectUris.some((uri) => location.startsWith(`${uri}?`))) return;
    const hold = holds.shift();
    if (!hold) return;
    ctx.remove("location");
    ctx.status = 200;
    ctx.type = "html";
    ctx.body = `<!doctype html><title>${HELD_ANSWER_TITLE}</title><h1>${HELD_ANSWER_TITLE}</h1>`;
    hold(location);
  });

  const listen = () =>
    new Promise<Server>((resolve) => {
      const s = provider.listen(port, "127.0.0.1", () => resolve(s));
    });
  let server = await listen();
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    holdNextAnswer: () => new Promise((resolve) => holds.push(resolve)),
    // Keep-alive connections (Berth's, the browser's) would hold close() open: they go first.
    stop: () =>
      new Promise((resolve) => {
        if (!server.listening) return resolve();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    restart: async () => {
      server = await listen();
    },
  };
}
