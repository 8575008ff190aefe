import { AccountScreen } from "@/components/users/account-screen";

export default function AccountPage() {
  return <AccountScreen />;
}
