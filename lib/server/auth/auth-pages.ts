import "server-only";
import { oidcConfig } from "./oidc-client";

// The pages a browser sees before it is let in: the key screen (local mode) and the sign-in page (team mode).
// Plain HTML served by server.ts's gate, so they show nothing of the engine and need no script.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function shell(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Berth — ${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;background:#f5f8fa;color:#233137;display:grid;place-items:center;min-height:100vh;margin:0}
main{background:#fff;border:1px solid #e6edf4;border-radius:4px;padding:24px 28px;max-width:460px}
h1{font-size:18px;margin:0 0 12px}p{font-size:14px;line-height:1.5}code{background:#eef3f7;padding:1px 4px;border-radius:3px}
label{display:block;font-size:13px;margin-top:10px}
input{width:100%;box-sizing:border-box;padding:6px 8px;font:inherit;border:1px solid #c9d4dc;border-radius:3px}
button{margin-top:14px;background:#22b8eb;color:#fff;border:0;border-radius:3px;padding:6px 14px;font:inherit;cursor:pointer}
.err{color:#c0392b}
.sso{display:inline-block;background:#22b8eb;color:#fff;border-radius:3px;padding:6px 14px;text-decoration:none}
</style></head>
<body><main>
${body}
</main></body></html>`;
}

export function keyScreenHtml(opts: { action: string; wrongKey?: boolean }): string {
  const wrong = opts.wrongKey ? `<p role="alert" class="err">That is not this Berth's key.</p>` : "";
  return shell(
    "your key",
    `<h1>Berth needs its key</h1>
<p>Berth drives the Docker engine, which is root on this host, so it answers only whoever holds its key.
Open the link Berth printed when it started, or run <code>npm run berth -- url</code> on the host and open the URL it prints.</p>
${wrong}
<form method="get" action="${escapeHtml(opts.action)}">
<label for="token">Or paste the key</label>
<input id="token" name="token" type="password" autocomplete="off" required autofocus>
<button type="submit">Open Berth</button>
</form>`,
  );
}

/** `provider`: the single sign-on provider whose session ends too (its label), when the browser goes there next. */
export function signOutHtml(opts: { provider?: string } = {}): string {
  const also = opts.provider ? `, then sends you to ${escapeHtml(opts.provider)} to sign out there too` : "";
  return shell(
    "sign out",
    `<h1>Sign out of Berth?</h1>
<p>This ends this browser's session on the server${also}.</p>
<form method="post" action="/logout" aria-label="Sign out"><button type="submit">Sign out</button></form>
<p><a href="/">Back to Berth</a></p>`,
  );
}

/** The page a one-time setup link opens: its account chooses a password, then is signed in. */
export function inviteHtml(opts: { name: string; invite: string; error?: string }): string {
  const error = opts.error ? `<p role="alert" class="err">${escapeHtml(opts.error)}</p>` : "";
  return shell(
    "choose a password",
    `<h1>Choose a password for ${escapeHtml(opts.name)}</h1>
<p>This link works once. Afterwards you sign in with your name and this password.</p>
${error}
<form method="post" action="/login" aria-label="Choose a password">
<input type="hidden" name="invite" value="${escapeHtml(opts.invite)}"><input type="hidden" name="next" value="/">
<label for="password">New password (at least 10 characters)</label><input id="password" name="password" type="password" autocomplete="new-password" required autofocus>
<button type="submit">Set password and sign in</button>
</form>`,
  );
}

export function signInHtml(opts: { next: string; error?: string; setupToken?: string }): string {
  const error = opts.error ? `<p role="alert" class="err">${escapeHtml(opts.error)}</p>` : "";
  const next = `<input type="hidden" name="next" value="${escapeHtml(opts.next)}">`;
  if (opts.setupToken) {
    return shell(
      "first admin",
      `<h1>Create Berth's first admin</h1>
<p>This one-time link makes the first account. It is an admin: it can add the others on the Users page or with
<code>npm run berth -- user add NAME --role viewer|operator|admin</code>.</p>
${error}
<form method="post" action="/login" aria-label="Create the first admin">
<input type="hidden" name="setup" value="${escapeHtml(opts.setupToken)}">${next}
<label for="name">Name</label><input id="name" name="name" autocomplete="username" required autofocus>
<label for="password">Password (at least 10 characters)</label><input id="password" name="password" type="password" autocomplete="new-password" required>
<button type="submit">Create admin and sign in</button>
</form>`,
    );
  }
  // Single sign-on, when BERTH_OIDC_ISSUER is set: a link, not a form — the page's CSP (form-action 'self') would
  // stop a form's submission at the redirect to the provider.
  const oidc = oidcConfig();
  const sso = oidc
    ? `<p><a class="sso" href="/login/oidc?next=${escapeHtml(encodeURIComponent(opts.next))}">Sign in with ${escapeHtml(oidc.label)}</a></p>
<p>or with a Berth account:</p>`
    : "";
  return shell(
    "sign in",
    `<h1>Sign in to Berth</h1>
${error}
${sso}
<form method="post" action="/login" aria-label="Sign in">${next}
<label for="name">Name</label><input id="name" name="name" autocomplete="username" required autofocus>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
</form>
<p>No account yet? An admin adds one on the host with <code>npm run berth -- user add NAME --role viewer</code>.</p>`,
  );
}
