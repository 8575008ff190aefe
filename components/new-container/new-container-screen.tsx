"use client";

import { useState } from "react";
import { useSearchParams } from "next/navigation";
import { ImagePicker } from "./image-picker";
import { ContainerForm } from "./container-form";

/** `/new`: pick a local image (or arrive with `?image=`), then fill in the form. */
export function NewContainerScreen() {
  const preset = useSearchParams().get("image")?.trim() || null;
  const [image, setImage] = useState<string | null>(preset);
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto max-w-3xl px-6 py-5">
        <h1 className="mb-4 text-[18px] font-semibold text-ink">New container</h1>
        {image ? <ContainerForm key={image} image={image} onChangeImage={() => setImage(null)} /> : <ImagePicker onPick={setImage} />}
      </div>
    </div>
  );
}
