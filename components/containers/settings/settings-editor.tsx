"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useSWRConfig } from "swr";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import type { ConfigDiffRow, ContainerSettings } from "@/lib/shared/types/container-config";
import { errorMessage, isApiError } from "@/lib/browser/api/api-error";
import { containerHref, isContainersKey } from "@/lib/browser/paths/containers";
import { previewRecreateRequest, recreateRequest, updateContainerRequest } from "@/lib/browser/api/container-config-api";
import type { RecreateInput, UpdateContainerInput } from "@/lib/shared/schemas/container-config";
import { recreatePreviewBody, updateContainerBody } from "@/lib/shared/schemas/container-config";
import { issuesToFields } from "@/lib/shared/schemas/field-errors";
import { buttonClass, FieldErrorsProvider, FormSection, TextField } from "@/components/ui/form-controls";
import { EnvEditor } from "@/components/new-container/env-editor";
import { NetworkSettings } from "./network-settings";
import { PortRows } from "@/components/new-container/port-rows";
import { MountRows } from "@/components/new-container/mount-rows";
import { RestartResources, type RestartName } from "@/components/new-container/restart-resources";
import { RecreateDialog } from "./recreate-dialog";
import { cpusText, same, sizeText } from "./settings-format";

function Status({ text, tone }: { text: string | null; tone: "ok" | "error" }) {
  if (!text) return null;
  return (
    <p role={tone === "error" ? "alert" : "status"} className={tone === "error" ? "text-[13px] text-danger-ink" : "text-[13px] text-ink-muted"}>
      {text}
    </p>
  );
}

type Notice = { text: string; tone: "ok" | "error" } | null;

export function SettingsEditor({
  container,
  settings,
  notice: message,
  onNotice: setMessage,
  onSaved,
}: {
  container: ContainerDetail;
  settings: ContainerSettings;
  notice: Notice;
  onNotice: (notice: Notice) => void;
  onSaved: () => Promise<void>;
}) {
  const router = useRouter();
  const { mutate } = useSWRConfig();
  const initial = settings.recreatable;
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [name, setName] = useState(container.name);
  const [policy, setPolicy] = useState({
    name: settings.inPlace.restartPolicy.name as RestartName,
    maximumRetryCount: settings.inPlace.restartPolicy.maximumRetryCount ? String(settings.inPlace.restartPolicy.maximumRetryCount) : "",
  });
  const [memory, setMemory] = useState(sizeText(settings.inPlace.memory));
  const [cpus, setCpus] = useState(cpusText(settings.inPlace.cpus));
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [review, setReview] = useState<{ diff: ConfigDiffRow[]; changes: RecreateInput } | null>(null);
  const [recreateError, setRecreateError] = useState<string | null>(null);

  const refreshAll = () => void mutate(isContainersKey);

  async function inPlace(body: UpdateContainerInput, done: string) {
    setMessage(null);
    const parsed = updateContainerBody.safeParse(body);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { container: updated } = await updateContainerRequest(container.id, body);
      refreshAll();
      if (updated.name !== container.name) router.replace(`${containerHref(updated.name)}?tab=settings`, { scroll: false });
      await onSaved();
      setMessage({ text: done, tone: "ok" });
    } catch (err) {
      if (isApiError(err) && err.fields) setErrors(err.fields);
      setMessage({ text: errorMessage(err), tone: "error" });
    } finally {
      setBusy(false);
    }
  }

  function saveLimits() {
    const body: UpdateContainerInput = {};
    const before = settings.inPlace;
    if (policy.name !== before.restartPolicy.name || Number(policy.maximumRetryCount || 0) !== before.restartPolicy.maximumRetryCount) {
      body.restartPolicy = policy;
    }
    if (memory !== sizeText(before.memory)) {
      if (!memory.trim()) return setErrors({ memory: "The engine cannot remove a memory limit in place" });
      body.memory = memory;
    }
    if (cpus !== cpusText(before.cpus)) {
      if (!cpus.trim()) return setErrors({ cpus: "The engine cannot remove a CPU limit in place" });
      body.cpus = cpus;
    }
    if (Object.keys(body).length === 0) return setMessage({ text: "Nothing changed.", tone: "ok" });
    void inPlace(body, "Restart policy and limits saved in place.");
  }

  const changes: RecreateInput = {
    ...(draft.command !== initial.command ? { command: draft.command } : {}),
    ...(draft.entrypoint !== initial.entrypoint ? { entrypoint: draft.entrypoint } : {}),
    ...(!same(draft.env, initial.env) ? { env: draft.env } : {}),
    ...(!same(draft.ports, initial.ports) ? { ports: draft.ports } : {}),
    ...(!same(draft.mounts, initial.mounts) ? { mounts: draft.mounts } : {}),
  };
  const dirty = Object.keys(changes).length > 0 && !settings.inPlace.autoRemove;

  async function reviewChanges() {
    setMessage(null);
    const parsed = recreatePreviewBody.safeParse(changes);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { diff } = await previewRecreateRequest(container.id, changes);
      if (diff.length === 0) setMessage({ text: "These edits change nothing.", tone: "ok" });
      else {
        setRecreateError(null);
        setReview({ diff, changes });
      }
    } catch (err) {
      if (isApiError(err) && err.fields) setErrors(err.fields);
      setMessage({ text: errorMessage(err), tone: "error" });
    } finally {
      setBusy(false);
    }
  }

  async function recreate() {
    if (!review) return;
    setBusy(true);
    setRecreateError(null);
    try {
      await recreateRequest(container.id, review.changes);
      setReview(null);
      setMessage({ text: "Recreated with the new settings.", tone: "ok" });
      // The new container has a new id: the pane follows it by name and re-keys this editor.
      refreshAll();
    } catch (err) {
      if (isApiError(err) && err.fields) setErrors(err.fields);
      setRecreateError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const set = <K extends keyof typeof draft>(key: K, value: (typeof draft)[K]) => setDraft((d) => ({ ...d, [key]: value }));

  return (
    <FieldErrorsProvider errors={errors} prefix="settings">
      <div className="space-y-3 p-4">
        <FormSection title="General" description="Renaming happens in place: the container keeps its id and keeps running.">
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim() !== container.name) void inPlace({ name: name.trim() }, "Renamed.");
            }}
          >
            <TextField path="name" label="Name" value={name} onChange={setName} className="flex-1" spellCheck={false} />
            <button type="submit" disabled={busy || name.trim() === container.name} className={buttonClass("secondary")}>
              Rename
            </button>
          </form>
        </FormSection>

        <FormSection title="Restart policy & resources" description="Saved in place with docker update: no restart, same container.">
          <RestartResources policy={policy} onPolicy={setPolicy} memory={memory} onMemory={setMemory} cpus={cpus} onCpus={setCpus} />
          <div className="flex justify-end">
            <button type="button" onClick={saveLimits} disabled={busy} className={buttonClass("primary")}>
              Save
            </button>
          </div>
        </FormSection>

        <NetworkSettings container={container} />

        {settings.inPlace.autoRemove && (
          <p role="note" className="rounded border border-warning bg-warning-tint px-4 py-2 text-[12px] text-warning-ink">
            This container was created with --rm: stopping it deletes it, so Berth cannot recreate it safely. The settings below are read-only.
          </p>
        )}
        <div className="rounded border border-line bg-surface px-4 py-2 text-[12px] text-ink-muted">
          The settings below need a new container. Edit them, then <strong className="text-ink">Review changes</strong> to see exactly what
          changes before anything happens.
        </div>

        <FormSection title="Command">
          <TextField path="command" label="Command" mono value={draft.command} onChange={(v) => set("command", v)} placeholder="image default" spellCheck={false} />
          <TextField path="entrypoint" label="Entrypoint" mono value={draft.entrypoint} onChange={(v) => set("entrypoint", v)} placeholder="image default" spellCheck={false} />
        </FormSection>

        <FormSection title="Environment">
          <EnvEditor rows={draft.env} onRows={(v) => set("env", v)} masked />
        </FormSection>

        <FormSection title="Ports">
          <PortRows rows={draft.ports} onChange={(v) => set("ports", v)} />
        </FormSection>

        <FormSection title="Volumes">
          <MountRows rows={draft.mounts} onChange={(v) => set("mounts", v)} />
        </FormSection>

        <div className="sticky bottom-0 flex items-center justify-end gap-2 border-t border-line bg-pane py-3">
          {/* In the sticky bar so the outcome of Save / Rename is seen wherever the tab is scrolled. */}
          <div className="mr-auto min-w-0">
            {message ? (
              <Status text={message.text} tone={message.tone} />
            ) : (
              dirty && <span className="text-[12px] text-ink-muted">Unsaved edits below need Review changes</span>
            )}
          </div>
          <button type="button" disabled={!dirty || busy} onClick={() => setDraft(initial)} className={buttonClass("secondary")}>
            Discard
          </button>
          <button type="button" disabled={!dirty || busy} onClick={() => void reviewChanges()} className={buttonClass("primary")}>
            Review changes
          </button>
        </div>
      </div>
      {review && (
        <RecreateDialog
          name={container.name}
          diff={review.diff}
          busy={busy}
          error={recreateError}
          onConfirm={() => void recreate()}
          onClose={() => setReview(null)}
        />
      )}
    </FieldErrorsProvider>
  );
}
