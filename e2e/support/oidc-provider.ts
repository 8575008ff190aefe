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
  stop: () => Promise<void>;
}

export async function startTestProvider(port: number, opts: { redirectUri: string; accounts: Record<string, ProviderAccount> }): Promise<TestProvider> {
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
        redirect_uris: [opts.redirectUri],
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
    features: { devInteractions: { enabled: true } },
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
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, "127.0.0.1", () => resolve(s));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    // Keep-alive connections (Berth's, the browser's) would hold close() open: they go first.
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
