"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import { buttonClass } from "@/components/ui/form-controls";

// Each dialog is its own chunk, fetched on first open: the build dialog (folder walker, tar writer, ignore rules,
// build output) is the heaviest thing on the images screen and most visits never open it.
const BuildDialog = dynamic(() => import("./build-dialog").then((m) => m.BuildDialog));
const ImportDialog = dynamic(() => import("./import-dialog").then((m) => m.ImportDialog));
const LoadDialog = dynamic(() => import("./load-dialog").then((m) => m.LoadDialog));

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
