"use client";

import { useState } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { Card, Muted } from "@/components/ui/card";
import { EyeIcon, EyeOffIcon } from "@/components/ui/icons";

// A fixed mask: its length must not hint at the secret's.
const MASK = "••••••••";

function splitEnv(entry: string): [string, string] {
  const i = entry.indexOf("=");
  return i < 0 ? [entry, ""] : [entry.slice(0, i), entry.slice(i + 1)];
}

/** Environment values are often secrets: masked until the user asks. */
export function EnvCard({ container }: { container: ContainerDetail }) {
  const [shown, setShown] = useState(false);
  const env = container.env.map(splitEnv);

  const toggle =
    env.length > 0 ? (
      <button
        type="button"
        onClick={() => setShown((s) => !s)}
        className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium text-brand-dark hover:bg-brand-tint"
      >
        {shown ? <EyeOffIcon className="size-3.5" /> : <EyeIcon className="size-3.5" />}
        {shown ? "Hide values" : "Show values"}
      </button>
    ) : undefined;

  return (
    <Card title="Environment" action={toggle}>
      {env.length === 0 ? (
        <Muted>No environment variables</Muted>
      ) : (
        <ul className="space-y-0.5 font-mono text-xs">
          {env.map(([key, value], i) => (
            <li key={`${key}-${i}`} className="break-all">
              <span className="text-ink-muted">{key}</span>
              <span className="text-ink-faint">=</span>
              {shown ? (
                <span>{value}</span>
              ) : (
                <span className="text-ink-faint">
                  <span aria-hidden="true">{MASK}</span>
                  <span className="sr-only">hidden</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
