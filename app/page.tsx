import { ContainersShell } from "@/components/containers/containers-shell";
import { ContainerIndex } from "@/components/containers/container-index";

// The containers screen is home; it moves on to /containers/<name> once it knows which one to show.
export default function HomePage() {
  return (
    <ContainersShell>
      <ContainerIndex />
    </ContainersShell>
  );
}
