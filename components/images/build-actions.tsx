"use client";

import { useState } from "react";
import { BuildDialog } from "./build-dialog";
import { ImportDialog } from "./import-dialog";
import { buttonClass } from "@/components/ui/form-controls";
import { LoadDialog } from "./load-dialog";

/** The images screen's Build / Import / Load buttons and their dialogs. */
export function BuildActions() {
  const [dialog, setDialog] = useState<"build" | "import" | "load" | null>(null);
  const close = () => setDialog(null);
  return (
    <div className="ml-auto flex gap-2">
      <button type="button" onClick={() => setDialog("build")} className={buttonClass("primary")}>
        Build
      </button>
      <button type="button" onClick={() => setDialog("import")} className={buttonClass("secondary")}>
        Import
      </button>
      <button type="button" onClick={() => setDialog("load")} className={buttonClass("secondary")}>
        Load
      </button>
      {dialog === "build" && <BuildDialog onClose={close} />}
      {dialog === "import" && <ImportDialog onClose={close} />}
      {dialog === "load" && <LoadDialog onClose={close} />}
    </div>
  );
}
