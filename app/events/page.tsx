import { EventsScreen } from "@/components/events/events-screen";

export default function EventsPage() {
  return <EventsScreen />;
}
