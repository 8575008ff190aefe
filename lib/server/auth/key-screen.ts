import "server-only";

// What a page shows to a browser without a session (local mode): how to get in, and nothing of the engine.

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function keyScreenHtml(opts: { action: string; wrongKey?: boolean }): string {
  const wrong = opts.wrongKey ? `<p role="alert" class="err">That is not this Berth's key.</p>` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Berth — your key</title>
<style>
body{font-family:system-ui,sans-serif;background:#f5f8fa;color:#233137;display:grid;place-items:center;min-height:100vh;margin:0}
main{background:#fff;border:1px solid #e6edf4;border-radius:4px;padding:24px 28px;max-width:460px}
h1{font-size:18px;margin:0 0 12px}p{font-size:14px;line-height:1.5}code{background:#eef3f7;padding:1px 4px;border-radius:3px}
input{width:100%;box-sizing:border-box;padding:6px 8px;font:inherit;border:1px solid #c9d4dc;border-radius:3px}
button{margin-top:10px;background:#22b8eb;color:#fff;border:0;border-radius:3px;padding:6px 14px;font:inherit;cursor:pointer}
.err{color:#c0392b}
</style></head>
<body><main>
<h1>Berth needs its key</h1>
<p>Berth drives the Docker engine, which is root on this host, so it answers only whoever holds its key.
Open the link Berth printed when it started, or run <code>npm run berth -- url</code> on the host and open the URL it prints.</p>
${wrong}
<form method="get" action="${escapeHtml(opts.action)}">
<label for="token">Or paste the key</label>
<input id="token" name="token" type="password" autocomplete="off" required autofocus>
<button type="submit">Open Berth</button>
</form>
</main></body></html>`;
}
