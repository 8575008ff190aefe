"use client";

import { useSession } from "@/lib/browser/hooks/use-session";
import { Screen, ScreenTitle } from "@/components/ui/screen";
import { OwnTokens } from "./own-tokens";

/** Who this browser is signed in as, and (team mode) that account's own API tokens. */
export function AccountScreen() {
  const { session } = useSession();
  return (
    <Screen>
      <ScreenTitle>Account</ScreenTitle>
      {session && (
        <p className="mt-2 text-[13px] text-ink">
          Signed in as <strong>{session.name}</strong> ({session.role}).
        </p>
      )}
      {session?.mode === "local" && (
        <p className="mt-2 max-w-2xl text-[13px] text-ink-muted">
          Local mode has one key instead of accounts: scripts send it as <code className="font-mono">Authorization: Bearer &lt;key&gt;</code> (
          <code className="font-mono">npm run berth -- url</code> prints it). Per-user API tokens exist in team mode.
        </p>
      )}
      {session?.account && <OwnTokens />}
    </Screen>
  );
}
