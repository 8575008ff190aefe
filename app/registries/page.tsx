import { RegistriesScreen } from "@/components/registries/registries-screen";

export default async function RegistriesPage({ searchParams }: { searchParams: Promise<{ registry?: string | string[] }> }) {
  const { registry } = await searchParams;
  return <RegistriesScreen initialId={typeof registry === "string" ? registry : undefined} />;
}
