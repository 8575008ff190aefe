import { ImagesScreen } from "@/components/images/images-screen";

export const metadata = { title: "Images · Berth" };

export default function ImagesPage() {
  return <ImagesScreen />;
}
