"use client";

import { useId, useRef } from "react";
import { SCOPE_TITLES, SHORTCUTS, shortcutLabel, type Shortcut, type ShortcutScope } from "@/lib/shared/keyboard/shortcuts";
import { Modal } from "@/components/ui/modal";

const isMac = () => typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform);

/** Every shortcut of the registry, by where it works: the list the handlers themselves match against. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const id = useId();
  const closeRef = useRef<HTMLButtonElement>(null);
  const mac = isMac();
  const byScope = new Map<ShortcutScope, Shortcut[]>();
  for (const s of Object.values(SHORTCUTS) as Shortcut[]) byScope.set(s.scope, [...(byScope.get(s.scope) ?? []), s]);
  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} initialFocus={closeRef} className="w-[min(32rem,calc(100vw-2rem))]">
      <h2 id={`${id}-title`} className="text-[15px] font-semibold text-ink">
        Keyboard shortcuts
      </h2>
      <div className="mt-3 max-h-[65vh] space-y-4 overflow-y-auto">
        {[...byScope].map(([scope, list]) => (
          <section key={scope} aria-label={SCOPE_TITLES[scope]}>
            <h3 className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">{SCOPE_TITLES[scope]}</h3>
            <dl className="mt-1.5 divide-y divide-line">
              {list.map((s) => (
                <div key={s.description} className="flex items-center justify-between gap-4 py-1.5 text-[13px]">
                  <dt className="text-ink">{s.description}</dt>
                  <dd>
                    <kbd className="rounded border border-line bg-hover px-1.5 py-0.5 font-mono text-xs text-ink">{shortcutLabel(s, mac)}</kbd>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <p className="text-xs text-ink-muted">In the container list, Shift-click a checkbox to select every row between it and the last one clicked.</p>
      </div>
      <div className="mt-4 flex justify-end">
        <button ref={closeRef} type="button" onClick={onClose} className="rounded border border-line px-3 py-1.5 text-[13px] text-ink hover:bg-hover">
          Close
        </button>
      </div>
    </Modal>
  );
}
