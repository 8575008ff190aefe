"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useSWRConfig } from "swr";
import { emptyForm, formBody, validateForm, type ContainerForm as Form } from "@/lib/browser/containers/container-config-form";
import { createContainerRequest } from "@/lib/browser/api/container-config-api";
import { containerHref, isContainersKey } from "@/lib/browser/paths/containers";
import { errorMessage, isApiError } from "@/lib/browser/api/api-error";
import { WarningIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/spinner";
import { buttonClass, Checkbox, FieldErrorsProvider, FieldMessage, fieldId, FormSection, TextField, useField } from "@/components/ui/form-controls";
import { EnvEditor } from "./env-editor";
import { PortRows } from "./port-rows";
import { MountRows } from "./mount-rows";
import { NetworkPicker } from "./network-picker";
import { RestartResources } from "./restart-resources";
import { KeyValueRows } from "./key-value-rows";

const PREFIX = "new";

function ImageField({ image, onChange }: { image: string; onChange: () => void }) {
  const { props } = useField("image");
  return (
    <div>
      <span className="mb-1 block text-[12px] font-medium text-ink-muted">Image</span>
      <div className="flex items-center gap-2">
        <output {...props} className="min-w-0 flex-1 truncate rounded border border-line bg-pane px-2 py-1.5 font-mono text-[13px] aria-[invalid=true]:border-danger">
          {image}
        </output>
        <button type="button" onClick={onChange} className={buttonClass("secondary")}>
          Change image
        </button>
      </div>
      <FieldMessage path="image" />
    </div>
  );
}

/** Step two: everything `docker run` takes, in Kitematic-like sections; Create or Create and start. */
export function ContainerForm({ image, onChangeImage }: { image: string; onChangeImage: () => void }) {
  const [form, setForm] = useState<Form>(() => emptyForm(image));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<null | "create" | "start">(null);
  const formRef = useRef<HTMLFormElement>(null);
  const router = useRouter();
  const { mutate } = useSWRConfig();
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));

  function showErrors(fields: Record<string, string>) {
    setErrors(fields);
    const first = Object.keys(fields)[0];
    if (first) {
      // Let React render the messages first, then bring the first bad field into view.
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(PREFIX, first))}`)?.focus());
    }
  }

  async function submit(start: boolean) {
    setFailure(null);
    const local = await validateForm(form);
    if (Object.keys(local).length) {
      showErrors(local);
      setFailure("Some fields need a fix before the container can be created.");
      return;
    }
    setErrors({});
    setBusy(start ? "start" : "create");
    try {
      const { container } = await createContainerRequest(formBody(form, start));
      void mutate(isContainersKey);
      router.push(containerHref(container.name));
    } catch (err) {
      if (isApiError(err) && err.fields) showErrors(err.fields);
      setFailure(errorMessage(err));
      setBusy(null);
    }
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    void submit(false);
  }

  return (
    <FieldErrorsProvider errors={errors} prefix={PREFIX}>
      <form ref={formRef} onSubmit={onSubmit} noValidate aria-label="New container" className="space-y-3">
        <FormSection title="General">
          <ImageField image={form.image} onChange={onChangeImage} />
          <TextField path="name" label="Name" placeholder="random if blank" value={form.name} onChange={(v) => set("name", v)} spellCheck={false} autoFocus />
        </FormSection>

        <FormSection title="Command" description="Leave blank to keep the image's own. Quote words with spaces as in a shell.">
          <TextField path="command" label="Command" mono placeholder="e.g. httpd -f -p 8080" value={form.command} onChange={(v) => set("command", v)} spellCheck={false} />
          <TextField path="entrypoint" label="Entrypoint" mono placeholder="image default" value={form.entrypoint} onChange={(v) => set("entrypoint", v)} spellCheck={false} />
          <div className="grid grid-cols-2 gap-3">
            <TextField path="workingDir" label="Working directory" mono placeholder="/app" value={form.workingDir} onChange={(v) => set("workingDir", v)} />
            <TextField path="user" label="User" mono placeholder="uid[:gid] or name" value={form.user} onChange={(v) => set("user", v)} />
          </div>
        </FormSection>

        <FormSection title="Environment">
          <EnvEditor rows={form.env} onRows={(v) => set("env", v)} text={form.envText} onText={(v) => set("envText", v)} />
        </FormSection>

        <FormSection title="Ports" description="Publish container ports on the host. A blank host port lets the engine pick a free one.">
          <PortRows rows={form.ports} onChange={(v) => set("ports", v)} />
        </FormSection>

        <FormSection title="Volumes">
          <MountRows rows={form.mounts} onChange={(v) => set("mounts", v)} />
        </FormSection>

        <FormSection title="Network">
          <NetworkPicker value={form.network} onChange={(v) => set("network", v)} />
        </FormSection>

        <FormSection title="Restart & resources">
          <RestartResources
            policy={form.restartPolicy}
            onPolicy={(v) => set("restartPolicy", v)}
            memory={form.memory}
            onMemory={(v) => set("memory", v)}
            cpus={form.cpus}
            onCpus={(v) => set("cpus", v)}
          />
          <div>
            <Checkbox label="Remove when it stops (--rm)" checked={form.autoRemove} onChange={(v) => set("autoRemove", v)} />
            <FieldMessage path="autoRemove" />
          </div>
        </FormSection>

        <FormSection title="Advanced">
          <Checkbox label="Interactive TTY (-it)" hint="Keeps stdin open with a terminal, for shells and interactive programs." checked={form.tty} onChange={(v) => set("tty", v)} />
          <Checkbox label="Privileged" checked={form.privileged} onChange={(v) => set("privileged", v)} />
          {form.privileged && (
            <p role="note" className="flex items-start gap-2 rounded border border-warning bg-warning-tint px-3 py-2 text-[12px] text-warning-ink">
              <WarningIcon className="mt-0.5 size-4 shrink-0" />
              A privileged container has every capability and all host devices: it can take over the host. Use it only for images you trust.
            </p>
          )}
          <div>
            <span className="mb-1 block text-[12px] font-medium text-ink-muted">Labels</span>
            <KeyValueRows path="labels" rows={form.labels} onChange={(v) => set("labels", v)} keyLabel="Label" valueLabel="Label value" addLabel="+ Add label" />
          </div>
        </FormSection>

        <div className="sticky bottom-0 -mx-1 flex items-center gap-2 border-t border-line bg-pane px-1 py-3">
          {failure && (
            <p role="alert" className="mr-auto flex min-w-0 items-start gap-2 text-[13px] text-danger-ink">
              <WarningIcon className="mt-0.5 size-4 shrink-0" />
              <span className="break-words">{failure}</span>
            </p>
          )}
          <div className="ml-auto flex shrink-0 gap-2">
            <button type="submit" disabled={busy !== null} className={buttonClass("secondary")}>
              {busy === "create" ? <Spinner className="size-4" /> : "Create"}
            </button>
            <button type="button" disabled={busy !== null} onClick={() => void submit(true)} className={buttonClass("primary")}>
              {busy === "start" ? <Spinner className="size-4" /> : "Create and start"}
            </button>
          </div>
        </div>
      </form>
    </FieldErrorsProvider>
  );
}
