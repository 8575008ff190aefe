"use client";

import { useId, useState, type FormEvent } from "react";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { errorMessage } from "@/lib/browser/api/api-error";
import { commitContainer } from "@/lib/browser/api/transfer-actions";
import { commitBody } from "@/lib/shared/schemas/build";
import { issuesToFields } from "@/lib/shared/schemas/field-errors";
import { Modal } from "@/components/ui/modal";
import { Checkbox, FieldErrorsProvider, TextField } from "@/components/ui/form-controls";
import { CodeField, NewImageNotice } from "@/components/images/import-form-parts";
import { DialogActions, DialogError } from "@/components/ui/dialog-parts";

/** `docker commit`: the container's filesystem and settings as a new image. */
export function CommitDialog({ container, onClose }: { container: ContainerSummary; onClose: () => void }) {
  const id = useId();
  const [repository, setRepository] = useState("");
  const [tag, setTag] = useState("");
  const [comment, setComment] = useState("");
  const [author, setAuthor] = useState("");
  const [pause, setPause] = useState(true);
  const [changes, setChanges] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ id: string; reference?: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const body = { repository, tag, comment, author, pause, changes: changes.split("\n").filter((line) => line.trim()) };
    const parsed = commitBody.safeParse(body);
    // The instructions are one text box: an issue about any of its lines belongs to the box.
    const found = parsed.success
      ? {}
      : issuesToFields(parsed.error.issues.map((issue) => (issue.path[0] === "changes" ? { ...issue, path: ["changes"] } : issue)));
    setErrors(found);
    if (!parsed.success) return;
    setBusy(true);
    try {
      setDone(await commitContainer(container.id, body));
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} preventClose={busy} className="w-[min(34rem,calc(100vw-2rem))]">
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Commit {container.name} to an image
        </h2>
        <p className="mt-1 text-[13px] text-ink-muted">Its filesystem as it is now, with its command and settings. Volumes are not included.</p>
        <FieldErrorsProvider errors={errors} prefix={`${id}-f`}>
          <fieldset disabled={busy} className="mt-3 space-y-3">
            <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
              <TextField path="repository" label="Repository" value={repository} onChange={setRepository} placeholder="e.g. team/app (optional)" mono spellCheck={false} autoComplete="off" />
              <TextField path="tag" label="Tag" value={tag} onChange={setTag} placeholder="latest" mono spellCheck={false} autoComplete="off" />
            </div>
            <TextField path="comment" label="Comment" value={comment} onChange={setComment} placeholder="optional" />
            <TextField path="author" label="Author" value={author} onChange={setAuthor} placeholder="optional, e.g. Jane <jane@example.com>" />
            <CodeField path="changes" label="Changes (one Dockerfile instruction a line)" value={changes} onChange={setChanges} rows={3} placeholder={'CMD ["sh"]\nENV MODE=prod'} />
            <Checkbox label="Pause the container while committing" checked={pause} onChange={setPause} hint="So the files are not changing while they are copied." />
          </fieldset>
        </FieldErrorsProvider>
        {done && <NewImageNotice verb="Committed" image={done} />}
        <DialogError message={failure} />
        <DialogActions onCancel={onClose} cancelLabel="Close" busy={busy} label="Commit" />
      </form>
    </Modal>
  );
}
