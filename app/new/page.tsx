import { Suspense } from "react";
import { ContainersShell } from "@/components/containers/containers-shell";
import { NewContainerScreen } from "@/components/new-container/new-container-screen";

// The create form sits beside the containers list, like Kitematic's "+ New".
export default function NewContainerPage() {
  return (
    <ContainersShell>
      <Suspense>
        <NewContainerScreen />
      </Suspense>
    </ContainersShell>
  );
}
