"use client";

import dynamic from "next/dynamic";
import { useSession } from "@/lib/browser/hooks/use-session";
import { useState } from "react";
import { buttonClass } from "@/components/ui/form-controls";
import { ConfirmRemoveDialog } from "@/components/ui/confirm-remove-dialog";
import { errorMessage } from "@/lib/browser/api/api-error";
import { logOut, removeRegistry } from "@/lib/browser/api/registry-actions";
import type { RegistryInfo } from "@/lib/shared/types/registries";
import { HubSearch } from "./hub-search";
import { V2Browser } from "./v2-browser";

// The dialog (its form schema, and zod with it) loads when it opens, not with the page.
const LoginDialog = dynamic(() => import("./login-dialog").then((m) => m.LoginDialog));

/** The selected registry: who Berth is logged in as, log in/out, remove; then Hub search or the v2 catalog. */
export function RegistryPane({ registry, onChanged, onRemoved }: { registry: RegistryInfo; onChanged: () => void; onRemoved: () => void }) {
  const [loggingIn, setLoggingIn] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [failure, setFailure] = useState<string>();
  // Logins and the list are admins' (the server refuses everyone else).
  const admin = useSession().may("POST", `/api/registries/${registry.id}/login`);

  async function logout() {
    setFailure(undefined);
    try {
      await logOut(registry.id);
      onChanged();
    } catch (err) {
      setFailure(errorMessage(err));
    }
  }

  return (
    <section aria-label={`Registry ${registry.name}`} className="min-w-0 flex-1 overflow-auto bg-pane max-sm:flex-none max-sm:overflow-visible">
      <header className="border-b border-line bg-surface px-6 py-4">
        <div className="flex flex-wrap items-center gap-3">
          <div className="min-w-0">
            <h1 className="truncate text-[20px] font-semibold text-ink">{registry.name}</h1>
            <p className="font-mono text-[12px] text-ink-muted">{registry.kind === "hub" ? "docker.io · search only" : registry.name === registry.address ? "registry v2" : registry.address}</p>
          </div>
          <div className="ml-auto flex flex-wrap items-center gap-2">
            {!admin ? (
              registry.loggedInAs && (
                <span role="status" className="text-[13px] text-ink">
                  Logged in as <span className="font-semibold">{registry.loggedInAs}</span>
                </span>
              )
            ) : registry.loggedInAs ? (
              <>
                <span role="status" className="text-[13px] text-ink">
                  Logged in as <span className="font-semibold">{registry.loggedInAs}</span>
                  {registry.remembered && <span className="text-ink-muted"> (remembered)</span>}
                </span>
                <button type="button" className={buttonClass("secondary")} onClick={() => void logout()}>
                  Log out
                </button>
              </>
            ) : (
              <button type="button" className={buttonClass("secondary")} onClick={() => setLoggingIn(true)}>
                Log in…
              </button>
            )}
            {admin && registry.kind === "v2" && (
              <button type="button" className={buttonClass("secondary")} onClick={() => setRemoving(true)}>
                Remove
              </button>
            )}
          </div>
        </div>
        {failure && (
          <p role="alert" className="mt-2 text-[13px] text-danger-ink">
            {failure}
          </p>
        )}
      </header>
      <div className="px-6 py-5">{registry.kind === "hub" ? <HubSearch /> : <V2Browser registry={registry} onLogin={() => setLoggingIn(true)} />}</div>
      {loggingIn && <LoginDialog registry={registry} onClose={() => setLoggingIn(false)} onLoggedIn={onChanged} />}
      {removing && (
        <ConfirmRemoveDialog
          what="registry"
          name={registry.name}
          detail={`Berth forgets ${registry.address}${registry.loggedInAs ? ` and the login of ${registry.loggedInAs}` : ""}. Nothing in the registry changes.`}
          onClose={() => setRemoving(false)}
          onConfirm={async () => {
            await removeRegistry(registry.id);
            onRemoved();
          }}
        />
      )}
    </section>
  );
}
