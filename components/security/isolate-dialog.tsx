"use client";

import { useId, useRef } from "react";
import { useAction } from "@/lib/browser/hooks/use-action";
import useSWR, { useSWRConfig } from "swr";
import { errorMessage, type ApiError } from "@/lib/browser/api/api-error";
import { containerPath } from "@/lib/browser/paths/containers";
import { postJson } from "@/lib/browser/api/fetch-json";
import { SECURITY_KEY, type IsolatePlan, type IsolateResult } from "@/lib/shared/audit/types";
import { DialogActions, DialogError } from "@/components/ui/dialog-parts";
import { Modal } from "@/components/ui/modal";
import { Spinner } from "@/components/ui/spinner";

/**
 * "Isolate <name>?" with exactly what will happen: the networks it leaves and the new network's name, as the
 * server planned it. The confirmed list goes back with the request; the server refuses if it changed meanwhile.
 */
export function IsolateDialog({ container, onClose, onDone }: { container: string; onClose: () => void; onDone?: (r: IsolateResult) => void }) {
  const id = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const { data, error: planError } = useSWR<{ plan: IsolatePlan }, ApiError>(`${containerPath(container)}/isolate`, { revalidateOnMount: true, dedupingInterval: 0 });
  const plan = data?.plan;
  const { busy, error, run } = useAction({ keepBusy: true });
  const { mutate } = useSWRConfig();

  const confirm = async () => {
    if (!plan) return;
    let result: IsolateResult | undefined;
    const done = await run(async () => {
      result = await postJson<IsolateResult>(`${containerPath(plan.id)}/isolate`, { disconnect: plan.disconnect });
    });
    if (!done || !result) return;
    // Network events do not name the container's own keys: refresh its views (networks card, plan) here.
    const own = [containerPath(plan.id), containerPath(plan.name)];
    void mutate((key) => typeof key === "string" && (key === SECURITY_KEY || own.some((p) => key === p || key.startsWith(`${p}/`))));
    onDone?.(result);
    onClose();
  };

  return (
    <Modal labelledBy={`${id}-title`} describedBy={`${id}-desc`} onClose={onClose} preventClose={busy} initialFocus={cancelRef}>
      <h2 id={`${id}-title`} className="text-[15px] font-semibold text-ink">
        Isolate {container}?
      </h2>
      <div id={`${id}-desc`} className="mt-2 space-y-2 text-[13px] text-ink-muted">
        {!plan && !planError && <Spinner />}
        {planError && <p role="alert" className="text-danger-ink">{errorMessage(planError)}</p>}
        {plan?.refusal && <p role="alert" className="text-danger-ink">{plan.refusal}</p>}
        {plan && !plan.refusal && (
          <>
            <p>
              Berth creates the bridge network <strong className="font-mono text-ink">{plan.network}</strong>, connects the container to it, then
              disconnects it from:
            </p>
            {plan.disconnect.length ? (
              <ul aria-label="Networks it leaves" className="list-inside list-disc font-mono text-ink">
                {plan.disconnect.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : (
              <p className="text-ink-faint">(no other network)</p>
            )}
            <p>Other containers on those networks can no longer reach it by name or address. If a step fails, its networks are put back.</p>
          </>
        )}
      </div>
      <DialogError message={error} />
      <DialogActions
        label="Isolate"
        busyLabel="Isolating…"
        busy={busy}
        disabled={!plan || !!plan.refusal}
        onCancel={onClose}
        onAction={() => void confirm()}
        cancelRef={cancelRef}
      />
    </Modal>
  );
}
