"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { useStackFiles } from "@/lib/browser/hooks/use-stack-files";
import { previewStackEdit, saveStackEdit } from "@/lib/browser/api/stack-actions";
import { errorMessage } from "@/lib/browser/api/api-error";
import { useAction } from "@/lib/browser/hooks/use-action";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/form-controls";
import { DialogError } from "@/components/ui/dialog-parts";
import { YamlView } from "./yaml-view";

// The diff library loads when an edit is reviewed, not with the stack page.
const ConfigDiff = dynamic(() => import("./config-diff").then((m) => m.ConfigDiff));

type Step = { kind: "view" } | { kind: "edit"; draft: string } | { kind: "review"; draft: string; before: string; after: string };

/** One compose file: shown highlighted; edited as text, checked by `compose config`, diffed, saved and redeployed. */
function ComposeFileCard({ stack, path, content, editable }: { stack: string; path: string; content: string; editable: boolean }) {
  const [step, setStep] = useState<Step>({ kind: "view" });
  const { busy, error, setError, run } = useAction();

  const review = (draft: string) =>
    void run(async () => {
      const { before, after } = await previewStackEdit(stack, path, draft);
      setStep({ kind: "review", draft, before, after });
    });
  const save = (draft: string) =>
    void run(async () => {
      await saveStackEdit(stack, path, draft, true);
      setStep({ kind: "view" });
    });

  return (
    <Card
      title={`File ${path.split("/").pop()}`}
      action={
        editable && step.kind === "view" ? (
          <button type="button" className={buttonClass("secondary")} onClick={() => setStep({ kind: "edit", draft: content })}>
            Edit
          </button>
        ) : undefined
      }
    >
      <p className="mb-1.5 font-mono text-[11px] text-ink-muted">{path}</p>
      {step.kind === "view" && <YamlView source={content} label={`Contents of ${path}`} />}
      {step.kind === "edit" && (
        <textarea
          aria-label={`Edit ${path}`}
          value={step.draft}
          spellCheck={false}
          onChange={(e) => {
            setError(undefined);
            setStep({ kind: "edit", draft: e.target.value });
          }}
          className="h-96 w-full rounded border border-line bg-surface p-2 font-mono text-[12px] leading-5 text-ink"
        />
      )}
      {step.kind === "review" && <ConfigDiff before={step.before} after={step.after} />}
      <DialogError message={error} />
      {step.kind !== "view" && (
        <div className="mt-2 flex justify-end gap-2">
          <button type="button" disabled={busy} className={buttonClass("secondary")} onClick={() => (step.kind === "review" ? setStep({ kind: "edit", draft: step.draft }) : setStep({ kind: "view" }))}>
            {step.kind === "review" ? "Back to editing" : "Cancel"}
          </button>
          {step.kind === "edit" ? (
            <button type="button" disabled={busy} className={buttonClass("primary")} onClick={() => review(step.draft)}>
              {busy ? "Checking…" : "Review changes"}
            </button>
          ) : (
            <button type="button" disabled={busy} className={buttonClass("primary")} onClick={() => save(step.draft)}>
              {busy ? "Saving…" : "Save and redeploy"}
            </button>
          )}
        </div>
      )}
    </Card>
  );
}

/** The project's compose files and .env (names only, values masked), or why they cannot be shown. */
export function StackFiles({ name, canEdit }: { name: string; canEdit: boolean }) {
  const { files, error } = useStackFiles(name);
  if (error) return <DialogError message={errorMessage(error)} />;
  if (!files) return null;
  if (!files.readable) {
    return (
      <p role="status" className="rounded border border-line bg-surface px-3 py-2 text-[13px] text-ink-muted">
        {files.reason} Stop, start, restart and down still work.
      </p>
    );
  }
  return (
    <div className="space-y-3">
      {files.files.map((f) => (
        <ComposeFileCard key={f.path} stack={name} path={f.path} content={f.content} editable={canEdit} />
      ))}
      {files.env && (
        <Card title="Environment file">
          <p className="mb-1.5 font-mono text-[11px] text-ink-muted">{files.env.path}</p>
          <ul aria-label="Variables in .env" className="font-mono text-[12px]">
            {files.env.keys.map((k) => (
              <li key={k}>
                {k}=<span aria-label="value hidden">••••••</span>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </div>
  );
}
