"use client";

import { useState } from "react";
import Link from "next/link";
import { ChevronLeft } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { ImagePicker } from "./image-picker";
import { ContainerForm } from "./container-form";

/** `/new`: pick a local image (or arrive with `?image=`), then fill in the form. */
export function NewContainerScreen() {
  const preset = useSearchParams().get("image")?.trim() || null;
  const [image, setImage] = useState<string | null>(preset);
  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <div className="mx-auto max-w-3xl px-4 py-5 sm:px-6">
        {/* A phone shows the list or this form: the way back to the list, as on a container's pane. */}
        <Link href="/containers" className="mb-2 inline-flex items-center gap-1 text-[13px] font-medium text-brand-dark sm:hidden">
          <ChevronLeft aria-hidden="true" className="size-4" />
          Containers
        </Link>
        <h1 className="mb-4 text-[18px] font-semibold text-ink">New container</h1>
        {image ? <ContainerForm key={image} image={image} onChangeImage={() => setImage(null)} /> : <ImagePicker onPick={setImage} />}
      </div>
    </div>
  );
}
