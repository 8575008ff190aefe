import { ContainerIndex } from "@/components/containers/container-index";

export default function ContainersPage() {
  return <ContainerIndex />;
}
