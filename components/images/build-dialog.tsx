"use client";

import clsx from "clsx";
import Link from "next/link";
import { useId, useMemo, useState, type FormEvent } from "react";
import type { ZodError } from "zod";
import type { KeyValue } from "@/lib/browser/containers/container-config-form";
import { errorMessage } from "@/lib/browser/api/api-error";
import { folderEntries, tarBlob } from "@/lib/browser/files/tar-writer";
import { applyDockerignore } from "@/lib/browser/files/tar-writer-ignore";
import { useTasks } from "@/lib/browser/hooks/use-tasks";
import { useUpload } from "@/lib/browser/hooks/use-upload";
import { formatBytes } from "@/lib/shared/format-bytes";
import { imageHref } from "@/lib/browser/paths/images";
import { mergeTask } from "@/lib/browser/images/task-merge";
import { cancelTask } from "@/lib/browser/api/image-actions";
import { buildFromContext, buildFromDockerfile, type StartedTask } from "@/lib/browser/api/transfer-actions";
import { buildContextQuery, buildContextSearch, buildDockerfileBody } from "@/lib/shared/schemas/build";
import { issuesToFields } from "@/lib/shared/schemas/field-errors";
import { Modal } from "@/components/ui/modal";
import { buttonClass, Checkbox, FieldErrorsProvider, FieldMessage, TextField, useField } from "@/components/ui/form-controls";
import { KeyValueRows } from "@/components/new-container/key-value-rows";
import { BuildOutput } from "./build-output";
import { CodeField, FILE_INPUT, UploadBar } from "./import-form-parts";
import { DialogActions, DialogError } from "@/components/ui/dialog-parts";

type Source = "dockerfile" | "folder" | "tar";

const SOURCES: { id: Source; label: string }[] = [
  { id: "dockerfile", label: "Paste a Dockerfile" },
  { id: "folder", label: "Folder" },
  { id: "tar", label: "Tar file" },
];

const EXAMPLE = "FROM busybox\nRUN echo hello > /hello\nCMD [\"cat\", \"/hello\"]\n";

/** Build args rows → the record the schema checks; an empty row is ignored, a value without a name is not. */
function argsRecord(rows: KeyValue[]): { args: Record<string, string>; errors: Record<string, string> } {
  const args: Record<string, string> = {};
  const errors: Record<string, string> = {};
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (!key && !row.value) return;
    if (!key) errors[`buildArgs.${i}.key`] = "Enter the argument's name";
    else if (key in args) errors[`buildArgs.${i}.key`] = `${key} is given twice`;
    else args[key] = row.value;
  });
  return { args, errors };
}

/** Schema issues as form field errors; a build arg's issue goes to its row, one about the whole form to "form". */
function fieldErrors(error: ZodError, rows: KeyValue[]): Record<string, string> {
  const placed = error.issues.map((issue) => {
    if (issue.path[0] === "buildArgs" && issue.path.length > 1) {
      return { ...issue, path: ["buildArgs", rows.findIndex((r) => r.key.trim() === issue.path[1]), "key"] };
    }
    return issue.path.length ? issue : { ...issue, path: ["form"] };
  });
  return issuesToFields(placed);
}

/** What a picked context sends: a tar file as it is, or a folder's files less what .dockerignore leaves out. */
interface PickedContext {
  files: File[];
  /** The folder's root .dockerignore, read when picked (a few bytes). */
  ignoreText: string | null;
}

function ContextPicker({
  source,
  picked,
  sent,
  onPick,
}: {
  source: "folder" | "tar";
  picked: PickedContext;
  sent: { count: number; size: number; ignored: number };
  onPick: (picked: PickedContext) => void;
}) {
  const { props } = useField("context");
  const label = source === "folder" ? "Context folder" : "Context tar (.tar, .tar.gz)";

  async function pick(files: File[]) {
    const ignoreFile = source === "folder" ? folderEntries(files).find((e) => e.path === ".dockerignore")?.file : undefined;
    onPick({ files, ignoreText: ignoreFile ? await ignoreFile.text() : null });
  }

  return (
    <div>
      <label htmlFor={props.id} className="mb-1 block text-[12px] font-medium text-ink-muted">
        {label}
      </label>
      <input
        {...props}
        key={source}
        type="file"
        // React does not know webkitdirectory; as attributes they reach the DOM as written.
        {...(source === "folder" ? { webkitdirectory: "", directory: "" } : { accept: ".tar,.tgz,.gz,.tar.gz,.bz2,.xz,application/x-tar,application/gzip" })}
        onChange={(e) => void pick(Array.from(e.target.files ?? []))}
        className={FILE_INPUT}
      />
      <FieldMessage path="context" />
      {picked.files.length > 0 && (
        <p className="mt-1 text-[12px] text-ink-muted">
          {source === "folder" ? `${sent.count} ${sent.count === 1 ? "file" : "files"}, ` : ""}
          {formatBytes(sent.size)}
          {sent.ignored > 0 ? ` (${sent.ignored} left out by .dockerignore)` : ""} — sent to the engine as it is read, never held whole in memory.
        </p>
      )}
    </div>
  );
}

/** `docker build`: paste a Dockerfile or pick a folder or tar; the output streams here and in the task centre. */
export function BuildDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const [source, setSource] = useState<Source>("dockerfile");
  const [dockerfile, setDockerfile] = useState("");
  const [picked, setPicked] = useState<PickedContext>({ files: [], ignoreText: null });
  const [dockerfilePath, setDockerfilePath] = useState("Dockerfile");
  const [tag, setTag] = useState("");
  const [target, setTarget] = useState("");
  const [args, setArgs] = useState<KeyValue[]>([]);
  const [noCache, setNoCache] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [taskId, setTaskId] = useState<string | null>(null);
  const { tasks, mutate } = useTasks();
  const upload = useUpload();
  const task = tasks?.find((t) => t.id === taskId);

  const folderContext = useMemo(
    () => applyDockerignore(source === "folder" ? folderEntries(picked.files) : [], picked.ignoreText, dockerfilePath.trim()),
    [source, picked, dockerfilePath],
  );
  const sent =
    source === "folder"
      ? { count: folderContext.kept.length, size: folderContext.kept.reduce((sum, e) => sum + e.file.size, 0), ignored: folderContext.ignored }
      : { count: picked.files.length, size: picked.files[0]?.size ?? 0, ignored: 0 };

  async function start(): Promise<StartedTask | null> {
    const { args: buildArgs, errors: argErrors } = argsRecord(args);
    if (source === "dockerfile") {
      const parsed = buildDockerfileBody.safeParse({ dockerfile, tag, target, buildArgs, noCache });
      const found = { ...(parsed.success ? {} : fieldErrors(parsed.error, args)), ...argErrors };
      setErrors(found);
      if (!parsed.success || Object.keys(found).length) return null;
      return buildFromDockerfile({ dockerfile, tag, target, buildArgs, noCache });
    }
    const options = { tag, target, dockerfile: dockerfilePath, buildArgs, noCache };
    const parsed = buildContextQuery.safeParse({ ...options, noCache: noCache ? "1" : "0" });
    const found = { ...(parsed.success ? {} : fieldErrors(parsed.error, args)), ...argErrors };
    if (picked.files.length === 0) found.context = source === "folder" ? "Pick the folder to build" : "Pick the tar to build";
    setErrors(found);
    if (Object.keys(found).length) return null;
    const context = source === "folder" ? tarBlob(folderContext.kept) : picked.files[0]!;
    return upload.start((onProgress) => buildFromContext(context, buildContextSearch(options), onProgress));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setBusy(true);
    try {
      const started = await start();
      if (started) {
        setTaskId(started.taskId);
        await mutate((current) => ({ tasks: mergeTask(current?.tasks ?? [], started.task) }), { revalidate: false });
        void mutate();
      }
    } catch (err) {
      setFailure(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const running = busy || task?.state === "running";
  return (
    // Closing while the context uploads aborts the upload, and the server cancels the build.
    <Modal labelledBy={`${id}-title`} onClose={onClose} className="w-[min(46rem,calc(100vw-2rem))]">
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Build an image
        </h2>
        {/* Once a build starts, its output takes the form's place; "Change and build again" brings it back. */}
        <FieldErrorsProvider errors={errors} prefix={`${id}-f`}>
          <div hidden={Boolean(task)}>
            <div role="radiogroup" aria-label="Build from" className="mt-3 inline-flex rounded border border-line p-0.5">
              {SOURCES.map((s) => (
                <button
                  key={s.id}
                  type="button"
                  role="radio"
                  aria-checked={source === s.id}
                  disabled={running}
                  onClick={() => {
                    setSource(s.id);
                    setPicked({ files: [], ignoreText: null });
                    setErrors({});
                  }}
                  className={clsx(
                    "h-7 rounded px-3 text-[13px] font-medium",
                    source === s.id ? "bg-brand text-white" : "text-ink hover:bg-hover",
                  )}
                >
                  {s.label}
                </button>
              ))}
            </div>

            <fieldset disabled={running} className="mt-3 space-y-3">
              {source === "dockerfile" ? (
                <CodeField
                  path="dockerfile"
                  label="Dockerfile"
                  value={dockerfile}
                  onChange={setDockerfile}
                  rows={9}
                  placeholder={EXAMPLE}
                  hint="Built in a context holding only this Dockerfile: COPY and ADD of local files need a folder or a tar."
                />
              ) : (
                <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
                  <ContextPicker source={source} picked={picked} sent={sent} onPick={setPicked} />
                  <TextField path="dockerfile" label="Dockerfile in the context" value={dockerfilePath} onChange={setDockerfilePath} mono />
                </div>
              )}
              <div className="grid gap-3 sm:grid-cols-[1fr_14rem]">
                <TextField path="tag" label="Tag" value={tag} onChange={setTag} placeholder="repository:tag (optional)" mono spellCheck={false} autoComplete="off" />
                <TextField path="target" label="Target stage" value={target} onChange={setTarget} placeholder="optional" mono spellCheck={false} />
              </div>
              <div>
                <p className="mb-1 text-[12px] font-medium text-ink-muted">Build arguments</p>
                <KeyValueRows path="buildArgs" rows={args} onChange={setArgs} keyLabel="Argument" valueLabel="Value" addLabel="+ Add build argument" />
              </div>
              <Checkbox label="No cache (run every step again)" checked={noCache} onChange={setNoCache} />
            </fieldset>
          </div>
        </FieldErrorsProvider>

        {upload.progress && <UploadBar label="Uploading the build context" {...upload.progress} />}
        {task && (
          <div role="group" aria-label={`Build of ${task.target}`} className="mt-3 space-y-1.5 border-t border-line pt-2">
            <p className={clsx("text-xs font-medium break-words", task.state === "failed" ? "text-danger-ink" : "text-ink")}>
              {task.state === "running" ? "Building: " : task.state === "succeeded" ? "Built " : task.state === "failed" ? "Build failed: " : "Build cancelled"}
              {task.state === "failed" ? task.error : task.state === "running" ? task.status : task.state === "succeeded" ? task.target : ""}
            </p>
            <BuildOutput output={task.output} label="Build output" className="h-[min(24rem,55vh)]" />
            {task.state === "running" && (
              <button type="button" onClick={() => cancelTask(task.id).catch((e: unknown) => setFailure(errorMessage(e)))} className={buttonClass("secondary")}>
                Cancel build
              </button>
            )}
            {task.state === "succeeded" && task.imageId && (
              <Link href={imageHref(task.imageId)} className="inline-block text-[13px] font-medium text-brand-dark hover:underline">
                Open the image
              </Link>
            )}
          </div>
        )}
        <DialogError message={failure} />
        <DialogActions
          onCancel={onClose}
          cancelLabel="Close"
          cancelDisabled={false}
          busy={running}
          label="Build"
          action={
            task && task.state !== "running" ? (
              <button type="button" onClick={() => setTaskId(null)} className={buttonClass("primary")}>
                Change and build again
              </button>
            ) : undefined
          }
        />
      </form>
    </Modal>
  );
}
